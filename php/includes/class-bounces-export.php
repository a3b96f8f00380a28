<?php
/**
 * The Bounces screen's list as CSV, streamed.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Writes the filtered list of BouncedContacts as CSV, BATCH rows at a time
 * (a keyset walk over the contact ids), flushing after each batch: any
 * number of rows in constant memory. Remote mail servers write the
 * diagnostics, so a cell that a spreadsheet would run as a formula (it
 * starts with =, +, -, @, a tab or a carriage return) is neutralised with
 * a leading apostrophe, and every cell is quoted: a spreadsheet that splits
 * at semicolons (the list separator of many locales) would otherwise make
 * "smtp;=1+2" two cells, the second a formula (OWASP, "CSV Injection").
 */
final class BouncesExport {

	/** Rows read per query. */
	public const BATCH = 500;

	/** The columns. */
	public const COLUMNS = array( 'address', 'status', 'reason', 'soft_bounce_count', 'bounces_and_complaints', 'deliveries', 'last_event_at', 'last_event_type', 'last_event_subtype', 'last_event_status_code', 'last_event_diagnostic', 'last_event_topic' );

	/**
	 * Writes the CSV of the filtered list to $out.
	 *
	 * @param array{status: string, search: string} $filters From BouncedContacts::filters().
	 * @param resource                              $out     A writable stream.
	 * @param bool                                  $flush   Flush PHP's output after each batch (streaming to the browser).
	 * @return int Rows written (without the header).
	 */
	public static function write( array $filters, $out, bool $flush = false ): int {
		self::put( $out, self::COLUMNS );
		$after = 0;
		$rows  = 0;
		do {
			$batch = BouncedContacts::batch( $filters, $after, self::BATCH );
			foreach ( $batch as $contact ) {
				self::put( $out, self::line( $contact ) );
				$after = (int) $contact['id'];
				++$rows;
			}
			if ( $flush ) {
				flush();
			}
		} while ( count( $batch ) === self::BATCH );
		return $rows;
	}

	/**
	 * A cell a spreadsheet shows as text, never runs.
	 *
	 * @param string $cell The value.
	 */
	public static function neutralise( string $cell ): string {
		return '' !== $cell && false !== strpos( "=+-@\t\r", $cell[0] ) ? "'" . $cell : $cell;
	}

	/**
	 * One contact's cells.
	 *
	 * @param array<string, mixed> $contact A row of BouncedContacts::batch().
	 * @return string[]
	 */
	private static function line( array $contact ): array {
		$event              = BouncedContacts::last_event( $contact );
		list( $type, $sub ) = null === $event ? array( '', '' ) : BouncedContacts::type_and_subtype( $event );
		return array(
			(string) $contact['email'],
			(string) $contact['status'],
			(string) $contact['bounce_reason'],
			(string) (int) $contact['soft_bounce_count'],
			(string) (int) $contact['events'],
			(string) (int) $contact['deliveries'],
			null === $event ? '' : (string) $event['received_at'] . ' UTC',
			$type,
			$sub,
			null === $event ? '' : (string) $event['status'],
			null === $event ? '' : (string) $event['diagnostic'],
			null === $event ? '' : (string) $event['topic_arn'],
		);
	}

	/**
	 * One CSV line (RFC 4180): every cell neutralised, then quoted.
	 *
	 * @param string[] $cells Cells.
	 */
	public static function line_of( array $cells ): string {
		$quoted = array_map( static fn( string $cell ): string => '"' . str_replace( '"', '""', self::neutralise( $cell ) ) . '"', $cells );
		return implode( ',', $quoted ) . "\n";
	}

	/**
	 * Writes one CSV line.
	 *
	 * @param resource $out   Stream.
	 * @param string[] $cells Cells.
	 */
	private static function put( $out, array $cells ): void {
		fwrite( $out, self::line_of( $cells ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fwrite -- a php://output stream.
	}
}
