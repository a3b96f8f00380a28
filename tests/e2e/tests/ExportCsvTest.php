<?php
/**
 * The Bounces list as CSV: the filtered list, streamed for any number of
 * rows, with the cells a spreadsheet would run as a formula neutralised.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;
use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;

final class ExportCsvTest extends E2eTestCase {
	private const HEADER = array( 'address', 'status', 'reason', 'soft_bounce_count', 'bounces_and_complaints', 'deliveries', 'last_event_at', 'last_event_type', 'last_event_subtype', 'last_event_status_code', 'last_event_diagnostic', 'last_event_topic' );

	private AdminPage $admin;
	private string $bulk = '';

	protected function setUp(): void {
		parent::setUp();
		$this->admin = new AdminPage( $this->site );
	}

	protected function tearDown(): void {
		if ( '' !== $this->bulk ) {
			$this->site->exec( 'DELETE FROM ' . $this->site->table( Site::CONTACTS_TABLE ) . ' WHERE email LIKE ?', array( $this->bulk . '%' ) );
		}
		parent::tearDown();
	}

	/** GETs the export link of the list page (with its nonce) for the filters in $query. */
	private function export( string $query ): array {
		$page = $this->admin->get( 'admin.php?page=quillcrm-bounces&' . $query );
		$link = AdminPage::document( $page['body'] )->getElementById( 'quillcrm-export-csv' );
		$this->assertNotNull( $link, 'the list has an Export CSV link' );
		$url = html_entity_decode( $link->getAttribute( 'href' ) );
		$this->assertStringStartsWith( $this->site->url( '/wp-admin/admin-post.php?' ), $url );
		return $this->admin->get( substr( $url, strlen( $this->site->url( '/wp-admin/' ) ) ) );
	}

	/** @return list<list<string>> */
	private static function csv( string $body ): array {
		$rows = array();
		$in   = fopen( 'php://memory', 'w+' );
		fwrite( $in, $body );
		rewind( $in );
		while ( false !== ( $row = fgetcsv( $in, 0, ',', '"', '' ) ) ) {
			$rows[] = $row;
		}
		fclose( $in );
		return $rows;
	}

	public function testTheExportIsTheFilteredListAsCsv(): void {
		$label      = 'export-filter-' . bin2hex( random_bytes( 3 ) );
		$complained = Site::unique_email( $label . '-c' );
		$bounced    = Site::unique_email( $label . '-b' );
		$this->site->seed_contact( $complained );
		$this->site->seed_contact( $bounced );
		$this->site->deliver( $this->notification( SesPayload::complaint( $complained ) ) );
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $bounced ) ) );

		$r = $this->export( 'status=bounced&s=' . $label );

		$this->assertSame( 200, $r['status'] );
		$this->assertStringStartsWith( 'text/csv', $r['headers']['content-type'] ?? '' );
		$this->assertStringContainsString( 'attachment', $r['headers']['content-disposition'] ?? '' );
		$rows = self::csv( $r['body'] );
		$this->assertSame( self::HEADER, $rows[0] );
		$this->assertCount( 2, $rows, 'the header and the one bounced contact of the search' );
		$this->assertSame(
			array( $bounced, 'bounced', 'Permanent/General', '0', '1', '0', 'Permanent', 'General', '5.1.1', 'smtp; 550 5.1.1 user unknown', self::TOPIC ),
			array_merge( array_slice( $rows[1], 0, 6 ), array_slice( $rows[1], 7 ) )
		);
	}

	public function testASearchWithAPlusExportsTheContactsTheListShows(): void {
		$label   = 'export-plus-' . bin2hex( random_bytes( 3 ) );
		$bounced = $label . '+news@example.test';
		$this->site->seed_contact( $bounced );
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $bounced ) ) );

		$rows = self::csv( $this->export( 's=' . rawurlencode( $label . '+news' ) )['body'] );

		$this->assertSame( array( $bounced ), array_column( array_slice( $rows, 1 ), 0 ) );
	}

	public function testADiagnosticThatASpreadsheetWouldRunIsNeutralised(): void {
		$emails = array();
		foreach ( array( '=HYPERLINK("http://evil.test","x")', '+1+cmd|/C calc!A0', '-2+3', '@SUM(1,1)', "\t=1+1", "\r=1+1" ) as $i => $diagnostic ) {
			$emails[ $i ] = $this->new_contact( 'export-formula-' . $i );
			$this->site->deliver( $this->notification( SesPayload::bounce( 'Permanent', 'General', $emails[ $i ], '5.1.1', $diagnostic ) ) );
		}
		$this->site->deliver( $this->notification( SesPayload::bounce( 'Permanent', 'General', $plain = $this->new_contact( 'export-plain' ), '5.1.1', 'smtp; 550 no such user' ) ) );

		$cells = array();
		foreach ( array_merge( $emails, array( $plain ) ) as $email ) {
			$rows    = self::csv( $this->export( 's=' . rawurlencode( $email ) )['body'] );
			$cells[] = $rows[1][10];
		}

		$this->assertSame(
			array( '\'=HYPERLINK("http://evil.test","x")', "'+1+cmd|/C calc!A0", "'-2+3", "'@SUM(1,1)", "'\t=1+1", "'\r=1+1", 'smtp; 550 no such user' ),
			$cells
		);
	}

	public function testADiagnosticWithASemicolonAndAFormulaStaysOneQuotedCell(): void {
		$email = $this->new_contact( 'export-semicolon' );
		$this->site->deliver( $this->notification( SesPayload::bounce( 'Permanent', 'General', $email, '5.1.1', 'smtp;=1+2' ) ) );

		$body = $this->export( 's=' . rawurlencode( $email ) )['body'];

		$this->assertStringContainsString( ',"smtp;=1+2",', $body, 'a spreadsheet splitting at semicolons keeps it one text cell' );
		$this->assertSame( 'smtp;=1+2', self::csv( $body )[1][10] );
	}

	public function testTheExportStreams10000ContactsWithinPhpsDefaultMemoryLimit(): void {
		$this->bulk = 'export-bulk-' . bin2hex( random_bytes( 3 ) ) . '-';
		$contacts   = $this->site->table( Site::CONTACTS_TABLE );
		for ( $start = 0; $start < 10000; $start += 1000 ) {
			$values = array();
			for ( $i = $start; $i < $start + 1000; $i++ ) {
				$values[] = "('{$this->bulk}{$i}@example.test', 'Bulk', 'Contact', 'bounced', 0)";
			}
			$this->site->exec( "INSERT INTO $contacts (email, first_name, last_name, status, soft_bounce_count) VALUES " . implode( ', ', $values ) );
		}

		$r = $this->export( 's=' . rawurlencode( $this->bulk ) );

		$this->assertSame( 200, $r['status'] );
		$rows = self::csv( $r['body'] );
		$this->assertCount( 10001, $rows, 'the header and 10,000 contacts' );
		$this->assertSame( $this->bulk . '0@example.test', $rows[1][0] );

		// The same export inside WordPress under PHP's default memory_limit
		// (128M; this site's PHP has 256M), written to /dev/null: it must
		// finish, and its peak must not grow with the rows.
		$measured = $this->site->wp_eval(
			"ini_set( 'memory_limit', '128M' ); \$before = memory_get_peak_usage(); \$out = fopen( '/dev/null', 'w' );"
			. ' $rows = QuillCRM\Bounce\BouncesExport::write( array( "status" => "", "search" => ' . var_export( $this->bulk, true ) . ' ), $out );'
			. ' return array( "rows" => $rows, "growth" => memory_get_peak_usage() - $before, "limit" => ini_get( "memory_limit" ) );'
		);
		$this->assertSame( array( 10000, '128M' ), array( $measured['rows'], $measured['limit'] ) );
		$this->assertLessThan( 8 * 1024 * 1024, $measured['growth'], 'memory peak growth of the export (bytes): one batch at a time' );
	}
}
