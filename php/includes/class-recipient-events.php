<?php
/**
 * The facts of each recipient of each applied notification, by address.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * One row per recipient of an applied bounce, complaint or delivery in
 * {prefix}quillcrm_bounce_recipient_events, written by one INSERT inside the
 * delivery's transaction (insert-only: no row that concurrent deliveries
 * would queue on). What they are for: a contact's history, the Bounces
 * screen's last event, the AWS-style rates over the last sends, and privacy
 * requests by address.
 */
final class RecipientEvents {

	/** What an event counts as in the rates (`rate_kind`). */
	public const RATE_DELIVERY  = 'delivery';
	public const RATE_HARD      = 'hard';
	public const RATE_BOUNCE    = 'bounce';
	public const RATE_COMPLAINT = 'complaint';

	/**
	 * Bounce and complaint reasons of mail SES refused to send because the
	 * address is on a suppression list: not sends, and AWS does not count
	 * them in its rates.
	 */
	public const SES_SUPPRESSED_REASONS = array( 'Permanent/Suppressed', 'Permanent/OnAccountSuppressionList', 'Complaint/OnAccountSuppressionList' );

	/** Longest diagnostic kept (remote servers write them). */
	private const DIAGNOSTIC_LENGTH = 1000;

	/**
	 * Writes the rows of one notification's fresh recipients (duplicates
	 * touched nothing and are not written). Must run inside the delivery's
	 * transaction.
	 *
	 * @param array<int, array<string, mixed>> $recipients Recipients with their change (result, contact_id, effect, reason).
	 * @param array<string, mixed>             $result     The extension's result.
	 * @param int                              $event_id   The log row (0: none, a delivery).
	 * @param int                              $sent_at    When the mail was sent (Unix seconds).
	 * @throws DatabaseError When the rows cannot be written.
	 */
	public static function record( array $recipients, array $result, int $event_id, int $sent_at ): void {
		global $wpdb;
		$notification = is_array( $result['notification'] ?? null ) ? $result['notification'] : array();
		$now          = gmdate( 'Y-m-d H:i:s' );
		$rows         = array();
		$values       = array();
		foreach ( $recipients as $recipient ) {
			if ( 'duplicate' === $recipient['result'] ) {
				continue;
			}
			$kind   = self::rate_kind( (string) $recipient['class'], $recipient['reason'] );
			$rows[] = '(NULLIF(%d, 0), %s, %s, %s, NULLIF(%d, 0), %s, %s, NULLIF(%s, \'\'), NULLIF(%s, \'\'), NULLIF(%s, \'\'), NULLIF(%s, \'\'), %s, NULLIF(%s, \'\'), NULLIF(%s, \'\'), %s, %d)';
			array_push(
				$values,
				$event_id,
				$now,
				gmdate( 'Y-m-d H:i:s', $sent_at ),
				self::text( (string) ( $recipient['contact_address'] ?? $recipient['applies_to'] ?? $recipient['email'] ), 320 ),
				(int) $recipient['contact_id'],
				(string) $recipient['class'],
				(string) $recipient['effect'],
				self::text( (string) $recipient['reason'], 64 ),
				'complaint' === $recipient['class'] ? self::text( (string) ( $notification['complaint_feedback_type'] ?? '' ), 64 ) : '',
				self::text( (string) $recipient['status'], 32 ),
				self::text( (string) $recipient['diagnostic'], self::DIAGNOSTIC_LENGTH ),
				self::text( (string) $recipient['result'], 32 ),
				self::text( (string) ( $result['topic_arn'] ?? '' ), 300 ),
				self::text( (string) ( $result['message_id'] ?? '' ), 100 ),
				$kind,
				self::is_send( $kind, $notification, (string) $recipient['email'] ) ? 1 : 0
			);
		}
		if ( array() === $rows ) {
			return;
		}
		// An explicit prepared INSERT (as EventLog::record(), for the same reason).
		$done = $wpdb->query(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input; the rows are only placeholders.
				'INSERT INTO ' . Schema::recipient_events_table() . ' (event_id, received_at, sent_at, address, contact_id, class, effect, reason, feedback_type, status, diagnostic, result, topic_arn, message_id, rate_kind, is_send) VALUES ' . implode( ', ', $rows ),
				$values
			)
		);
		if ( false === $done ) {
			throw DatabaseError::from_wpdb( 'recording the recipient events' );
		}
	}

	/**
	 * What an event counts as in the rates: AWS counts hard bounces over
	 * sends (deliveries and bounces of mail it sent) and complaints over
	 * deliveries; what SES refused to send for a suppression list is none.
	 *
	 * @param string      $class  hard|soft|complaint|delivery (the extension's).
	 * @param string|null $reason The SES type/subtype.
	 */
	public static function rate_kind( string $class, ?string $reason ): string {
		if ( in_array( $reason, self::SES_SUPPRESSED_REASONS, true ) ) {
			return '';
		}
		switch ( $class ) {
			case 'delivery':
				return self::RATE_DELIVERY;
			case 'hard':
				return self::RATE_HARD;
			case 'soft':
				return self::RATE_BOUNCE;
			case 'complaint':
				return self::RATE_COMPLAINT;
		}
		return '';
	}

	/**
	 * Whether an event counts as one more send in the rates: a delivery or
	 * a bounce, but not a bounce of a mail whose delivery to the address SES
	 * reported first (an asynchronous bounce, an out-of-office answer: one
	 * mail, one send).
	 *
	 * @param string               $kind         rate_kind().
	 * @param array<string, mixed> $notification The extension's `notification`.
	 * @param string               $email        The reported address.
	 * @throws DatabaseError On a database error.
	 */
	private static function is_send( string $kind, array $notification, string $email ): bool {
		if ( self::RATE_DELIVERY === $kind ) {
			return true;
		}
		return in_array( $kind, array( self::RATE_HARD, self::RATE_BOUNCE ), true ) && ! DedupKeys::delivery_seen( $notification, $email );
	}

	/**
	 * Every event of an address, newest first, under either form of its
	 * domain (Punycode::other_form(): events no contact took are kept in
	 * the xn-- form SES reported).
	 *
	 * @param string $address An address (ASCII letters are folded).
	 * @param int    $limit   At most this many.
	 * @return array<int, array<string, mixed>>
	 */
	public static function for_address( string $address, int $limit = 500 ): array {
		global $wpdb;
		$folded = ContactUpdater::fold( $address );
		$forms  = ContactUpdater::storable( Schema::recipient_events_table(), 'address', array_filter( array( $folded, Punycode::other_form( $folded ) ) ) );
		if ( array() === $forms ) {
			return array();
		}
		$in   = implode( ', ', array_fill( 0, count( $forms ), '%s' ) );
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				// The index compares with the column's collation (jöhn = john):
				// BINARY keeps the exact address before the LIMIT counts rows.
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input; the IN lists hold only placeholders.
				'SELECT * FROM ' . Schema::recipient_events_table() . " WHERE address IN ({$in}) AND BINARY address IN ({$in}) ORDER BY id DESC LIMIT %d",
				array_merge( $forms, $forms, array( $limit ) )
			),
			ARRAY_A
		);
		return is_array( $rows ) ? $rows : array();
	}

	/**
	 * The newest event received, as a UTC time, null when none.
	 */
	public static function last_received_at(): ?string {
		global $wpdb;
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
		$last = $wpdb->get_var( 'SELECT MAX(received_at) FROM ' . Schema::recipient_events_table() );
		return is_string( $last ) ? $last : null;
	}

	/**
	 * A value cut to a column's length, valid UTF-8 ('' for null).
	 *
	 * @param string $value  Value.
	 * @param int    $length Characters.
	 */
	private static function text( string $value, int $length ): string {
		return (string) EventLog::cut( $value, $length );
	}
}
