<?php
/**
 * Tools → Export / Erase Personal Data, through WordPress's own request
 * flow (a request, the nonce its screen prints, admin-ajax.php page by
 * page, the export file): the plugin's exporter returns everything it
 * stores about an address; its eraser removes or redacts the address
 * everywhere but keeps a keyed-hash suppression marker of a bounced or
 * complained address, reported as retained with why.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;
use QuillCRM\E2E\SesPayload;

final class PrivacyTest extends E2eTestCase {
	private AdminPage $admin;

	protected function setUp(): void {
		parent::setUp();
		$this->admin = new AdminPage( $this->site );
	}

	/** A confirmed privacy request for $email, made as WordPress makes it. */
	private function request( string $email, string $action ): int {
		$id = $this->site->wp_eval( 'return wp_create_user_request( ' . var_export( $email, true ) . ', ' . var_export( $action, true ) . ', array(), "confirmed" );' );
		$this->assertIsInt( $id, 'wp_create_user_request() made the request' );
		return $id;
	}

	/** The nonce the request's row prints on its Tools screen. */
	private function nonce( string $screen, string $class, int $request_id ): string {
		$html  = $this->admin->get( '' . $screen . '.php' )['body'];
		$xp    = new \DOMXPath( AdminPage::document( $html ) );
		$nodes = $xp->query( "//*[contains(@class, '$class') and @data-request-id='$request_id']" );
		$this->assertGreaterThan( 0, $nodes->length, "the $screen screen lists request $request_id" );
		return (string) $nodes->item( 0 )->getAttribute( 'data-nonce' );
	}

	/** @return list<string> the registered ids, in WordPress's order (the ajax flow's 1-based index). */
	private function registered( string $filter ): array {
		return $this->site->wp_eval( 'return array_keys( apply_filters( ' . var_export( $filter, true ) . ', array() ) );' );
	}

	/**
	 * Runs every exporter page by page as tools.php's script does.
	 *
	 * @return array{ours: list<array>, last: array} our items, and the last answer (with the export file's URL)
	 */
	private function export( string $email ): array {
		$id        = $this->request( $email, 'export_personal_data' );
		$nonce     = $this->nonce( 'export-personal-data', 'export-personal-data', $id );
		$exporters = $this->registered( 'wp_privacy_personal_data_exporters' );
		$ours      = array();
		$last      = array();
		foreach ( $exporters as $i => $key ) {
			for ( $page = 1; $page < 50; $page++ ) {
				$r = $this->admin->post_to( 'admin-ajax.php', array( 'action' => 'wp-privacy-export-personal-data', 'id' => $id, 'exporter' => $i + 1, 'page' => $page, 'security' => $nonce, 'sendAsEmail' => 'false' ) );
				$this->assertTrue( $r['json']['success'] ?? false, "exporter $key page $page: " . substr( $r['body'], 0, 400 ) );
				$last = $r['json']['data'];
				if ( 'quillcrm-bounce' === $key ) {
					$ours = array_merge( $ours, $last['data'] );
				}
				if ( $last['done'] ) {
					break;
				}
			}
		}
		return array( 'ours' => $ours, 'last' => $last );
	}

	/**
	 * Runs every eraser page by page as tools.php's script does.
	 *
	 * @return list<array> our eraser's answers
	 */
	private function erase( string $email ): array {
		$id      = $this->request( $email, 'remove_personal_data' );
		$nonce   = $this->nonce( 'erase-personal-data', 'remove-personal-data', $id );
		$erasers = $this->registered( 'wp_privacy_personal_data_erasers' );
		$ours    = array();
		foreach ( $erasers as $i => $key ) {
			for ( $page = 1; $page < 50; $page++ ) {
				$r = $this->admin->post_to( 'admin-ajax.php', array( 'action' => 'wp-privacy-erase-personal-data', 'id' => $id, 'eraser' => $i + 1, 'page' => $page, 'security' => $nonce ) );
				$this->assertTrue( $r['json']['success'] ?? false, "eraser $key page $page: " . substr( $r['body'], 0, 400 ) );
				if ( 'quillcrm-bounce' === $key ) {
					$ours[] = $r['json']['data'];
				}
				if ( $r['json']['data']['done'] ) {
					break;
				}
			}
		}
		$this->assertNotSame( array(), $ours, 'the plugin registered its eraser' );
		return $ours;
	}

	/** A contact that soft-bounced, was delivered to, then hard-bounced with a diagnostic naming it. */
	private function bounced_contact(): string {
		$email = $this->new_contact( 'privacy' );
		$this->site->deliver( $this->notification( SesPayload::transient_bounce( $email ) ) );
		$this->site->deliver( $this->notification( SesPayload::delivery( $email ) ) );
		$this->site->deliver( $this->notification( SesPayload::bounce( 'Permanent', 'General', $email, '5.1.1', "smtp; 550 5.1.1 <$email>: user unknown" ) ) );
		$this->assertContactState( $email, 'bounced', 0 );
		return $email;
	}

	/** Every place the plugin could keep the address, with what it holds. */
	private function traces( string $email ): array {
		$like = '%' . $email . '%';
		return array(
			'history' => count( $this->site->rows( 'SELECT id FROM ' . $this->site->table( 'quillcrm_bounce_recipient_events' ) . ' WHERE address = ? OR diagnostic LIKE ?', array( $email, $like ) ) ),
			'log'     => count( $this->site->rows( 'SELECT id FROM ' . $this->site->table( 'quillcrm_bounce_events' ) . ' WHERE addresses LIKE ? OR recipients LIKE ?', array( $like, $like ) ) ),
			'keys'    => count( $this->site->rows( 'SELECT key_hash FROM ' . $this->site->table( 'quillcrm_bounce_dedup' ) . ' WHERE dedup_key LIKE ?', array( $like ) ) ),
			'audit'   => count( $this->site->rows( 'SELECT id FROM ' . $this->site->table( 'quillcrm_bounce_audit' ) . ' WHERE address = ?', array( $email ) ) ),
		);
	}

	public function testTheExporterReturnsTheHistoryTheLogAndTheKeysOfTheAddress(): void {
		$email = $this->bounced_contact();

		$ours = $this->export( $email )['ours'];

		$groups = array_count_values( array_column( $ours, 'group_id' ) );
		$this->assertSame( 3, $groups['quillcrm-bounce-history'] ?? 0, 'soft bounce, delivery, hard bounce' );
		$this->assertSame( 2, $groups['quillcrm-bounce-log'] ?? 0, 'the two logged bounces (deliveries are not logged)' );
		$this->assertSame( 4, $groups['quillcrm-bounce-keys'] ?? 0, 'one exactly-once key per bounce and delivery, and one for the soft-bounced mail' );
		$this->assertSame( 1, $groups['quillcrm-bounce-state'] ?? 0 );
		$this->assertStringContainsString( "smtp; 550 5.1.1 <$email>: user unknown", (string) json_encode( $ours, JSON_UNESCAPED_SLASHES ) );
	}

	public function testAnErasureWhoseHistoryCannotBeDeletedIsAnErrorNotDone(): void {
		$email   = $this->bounced_contact();
		$history = $this->site->table( 'quillcrm_bounce_recipient_events' );

		$this->site->exec( "RENAME TABLE $history TO {$history}_aside" );
		try {
			$answer = $this->site->wp_eval( '$r = \\QuillCRM\\Bounce\\Privacy::erase( ' . var_export( $email, true ) . ', 1 ); return is_wp_error( $r ) ? $r->get_error_code() : $r;' );
		} finally {
			$this->site->exec( "RENAME TABLE {$history}_aside TO $history" );
		}

		$this->assertSame( 'quillcrm_bounce_erase_failed', $answer );
	}

	public function testTheExportHoldsNoOtherRecipientOfTheSameNotification(): void {
		$alice = $this->new_contact( 'privacy-alice' );
		$bob   = $this->new_contact( 'privacy-bob' );
		$this->site->deliver( $this->notification( SesPayload::bounce( 'Permanent', 'General', array( $alice, $bob ), '5.1.1', 'smtp; 550 5.1.1 user unknown' ) ) );

		$ours = (string) json_encode( $this->export( $alice )['ours'], JSON_UNESCAPED_SLASHES );

		$this->assertStringContainsString( $alice, $ours );
		$this->assertStringNotContainsString( $bob, $ours, 'the log row names both; the export only its requester' );
	}

	public function testTheExporterAndTheEraserFindAForwardedMailboxByTheAddressTheMailWentTo(): void {
		// Sent to the alias, bounced by the mailbox it forwards to: the event applies to the alias.
		$alias = $this->new_contact( 'privacy-forwarded' );
		$this->site->deliver( $this->notification( SesPayload::with_mail( SesPayload::permanent_bounce( 'final-mailbox@forward.example' ), 'destination', array( $alias ) ) ) );
		$this->assertContactState( $alias, 'bounced', 0 );

		$groups = array_count_values( array_column( $this->export( $alias )['ours'], 'group_id' ) );
		$this->erase( $alias );

		$this->assertSame( 1, $groups['quillcrm-bounce-log'] ?? 0, 'the log row of the bounce is exported' );
		$this->assertSame( array( 'history' => 0, 'log' => 0, 'keys' => 0, 'audit' => 0 ), $this->traces( $alias ), 'and erased' );
	}

	public function testTheExportFileWordPressBuildsHoldsThePluginsGroups(): void {
		$email = $this->bounced_contact();

		$url = (string) ( $this->export( $email )['last']['url'] ?? '' );

		$this->assertStringContainsString( '/wp-personal-data-exports/', $url, 'the last exporter page returns the export file' );
		$zip_file = tempnam( sys_get_temp_dir(), 'e2e-export-' );
		file_put_contents( $zip_file, $this->site->request( 'GET', $url )['body'] );
		$zip = new \ZipArchive();
		$this->assertTrue( $zip->open( $zip_file ) );
		$html = (string) $zip->getFromName( 'index.html' );
		$zip->close();
		unlink( $zip_file );
		$this->assertStringContainsString( 'Bounce and delivery history', $html );
		$this->assertStringContainsString( 'Permanent / General', $html );
	}

	public function testTheEraserRemovesTheAddressEverywhere(): void {
		$email = $this->bounced_contact();
		$this->assertNotSame( array( 'history' => 0, 'log' => 0, 'keys' => 0, 'audit' => 0 ), $this->traces( $email ) );

		$answers = $this->erase( $email );

		$this->assertTrue( $answers[0]['items_removed'] );
		$this->assertSame( array( 'history' => 0, 'log' => 0, 'keys' => 0, 'audit' => 0 ), $this->traces( $email ) );
		$this->assertNull( $this->site->contact_state( $email ), "the plugin's state of the contact is gone" );
	}

	public function testTheEraserKeepsAKeyedSuppressionMarkerAndReportsItAsRetainedWithWhy(): void {
		$email = $this->bounced_contact();

		$answers = $this->erase( $email );

		$this->assertTrue( $answers[0]['items_retained'] );
		$this->assertStringContainsString( 'keeps a suppression marker for this address (it was bounced): a keyed hash of the address, not the address itself', implode( ' ', $answers[0]['messages'] ) );
		$markers = $this->site->rows( 'SELECT address_hash, status FROM ' . $this->site->table( 'quillcrm_bounce_suppressions' ) . ' WHERE address_hash = ?', array( hash_hmac( 'sha256', $email, (string) $this->site->option( 'quillcrm_bounce_hash_key' ) ) ) );
		$this->assertSame( array( 'bounced' ), array_column( $markers, 'status' ) );
		$this->assertSame( array(), $this->site->rows( 'SELECT address_hash FROM ' . $this->site->table( 'quillcrm_bounce_suppressions' ) . ' WHERE address_hash = ?', array( hash( 'sha256', $email ) ) ), 'a keyed hash, not a plain one anyone could compute' );
	}

	public function testAnErasedAddressImportedAgainIsStillKnownAsBounced(): void {
		$email = $this->bounced_contact();
		$this->erase( $email );

		$status = $this->site->wp_eval( 'return apply_filters( "quillcrm_bounce_status_for_new_contact", "subscribed", ' . var_export( strtoupper( $email ), true ) . ' );' );

		$this->assertSame( 'bounced', $status );
	}

	public function testAComplainerTheSiteUnsubscribedKeepsAComplainedMarker(): void {
		$this->site->set_option( 'quillcrm_bounce_complaint_action', 'unsubscribed' );
		try {
			$email = $this->new_contact( 'privacy-unsubscribed-complainer' );
			$this->site->deliver( $this->notification( SesPayload::complaint( $email ) ) );
			$this->assertContactState( $email, 'unsubscribed', 0 );
		} finally {
			$this->site->set_option( 'quillcrm_bounce_complaint_action', 'complained' );
		}

		$answers = $this->erase( $email );

		$this->assertTrue( $answers[0]['items_retained'] );
		$this->assertSame( 'complained', $this->site->wp_eval( 'return apply_filters( "quillcrm_bounce_status_for_new_contact", "subscribed", ' . var_export( $email, true ) . ' );' ) );
	}

	public function testAnAddressAnAdminUnbouncedAfterItsLastBounceKeepsNoMarker(): void {
		$email = $this->new_contact( 'privacy-unbounced' );
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) );
		$this->site->wp_eval( 'return \QuillCRM\Bounce\Reactivation::reactivate( ' . (int) $this->site->contact( $email )['id'] . ', "The mailbox works again.", get_user_by( "login", "admin" ), "bounced:0:" );' );
		$this->assertContactState( $email, 'subscribed', 0 );

		$answers = $this->erase( $email );

		$this->assertFalse( $answers[0]['items_retained'] );
		$this->assertSame( 'subscribed', $this->site->wp_eval( 'return apply_filters( "quillcrm_bounce_status_for_new_contact", "subscribed", ' . var_export( $email, true ) . ' );' ) );
	}

	public function testTheExportShowsTheSuppressionMarker(): void {
		$email = $this->bounced_contact();
		$this->erase( $email );

		$ours = $this->export( $email )['ours'];

		$this->assertSame( array( 'quillcrm-bounce-suppression' ), array_column( $ours, 'group_id' ) );
		$this->assertSame( 'bounced', $ours[0]['data'][0]['value'] );
	}

	public function testErasingAnAddressThatNeverBouncedRetainsNothing(): void {
		$email = $this->new_contact( 'privacy-delivered' );
		$this->site->deliver( $this->notification( SesPayload::delivery( $email ) ) );

		$answers = $this->erase( $email );

		$this->assertFalse( $answers[0]['items_retained'] );
		$this->assertSame( 'subscribed', $this->site->wp_eval( 'return apply_filters( "quillcrm_bounce_status_for_new_contact", "subscribed", ' . var_export( $email, true ) . ' );' ) );
	}

	/**
	 * A contact the CRM saved with a Unicode domain, hard-bounced by SES
	 * under the domain's xn-- form (the only form SES and WordPress's
	 * privacy requests take). Returns [Unicode form, xn-- form].
	 *
	 * @return array{0: string, 1: string}
	 */
	private function bounced_unicode_contact(): array {
		$local   = 'privacy-idn-' . bin2hex( random_bytes( 4 ) );
		$unicode = $local . "@b\u{FC}cher.example";
		$ascii   = $local . '@xn--bcher-kva.example';
		$this->site->seed_contact( $unicode );
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $ascii ) ) );
		$this->assertContactState( $unicode, 'bounced', 0 );
		return array( $unicode, $ascii );
	}

	public function testTheExportOfAnXnAddressHoldsTheStateAndHistoryOfTheContactSavedInUnicode(): void {
		list( , $ascii ) = $this->bounced_unicode_contact();

		$groups = array_count_values( array_column( $this->export( $ascii )['ours'], 'group_id' ) );

		$this->assertSame( 1, $groups['quillcrm-bounce-history'] ?? 0 );
		$this->assertSame( 1, $groups['quillcrm-bounce-state'] ?? 0 );
	}

	public function testTheEraserOfAnXnAddressErasesTheContactSavedInUnicodeAndKeepsItsMarkerInBothForms(): void {
		list( $unicode, $ascii ) = $this->bounced_unicode_contact();
		$id                      = $this->site->contact( $unicode )['id'];

		$this->erase( $ascii );

		$this->assertNull( $this->site->contact_state( $unicode ) );
		$this->assertSame( array(), $this->site->rows( 'SELECT id FROM ' . $this->site->table( 'quillcrm_bounce_recipient_events' ) . ' WHERE contact_id = ?', array( $id ) ) );
		$this->assertSame( 'bounced', $this->site->wp_eval( 'return apply_filters( "quillcrm_bounce_status_for_new_contact", "subscribed", ' . var_export( $unicode, true ) . ' );' ), 'the CRM importing it again as it saved it' );
	}

	public function testTheExportSaysWhichSoftBouncesWereCountedBeforeSendTimesWereKept(): void {
		// A count from before send times were kept: two soft bounces, no times.
		$email = $this->new_contact( 'privacy-legacy-count', 'subscribed', 2 );
		$this->site->deliver( $this->notification( SesPayload::transient_bounce( $email ) ) );

		$state  = array_values( array_filter( $this->export( $email )['ours'], static fn( array $item ): bool => 'quillcrm-bounce-state' === $item['group_id'] ) );
		$fields = array_column( $state[0]['data'] ?? array(), 'value', 'name' );

		$counted = (string) ( $fields['Counted soft bounces (mails sent at, UTC)'] ?? '' );
		$this->assertStringStartsWith( '(counted before send times were kept), (counted before send times were kept), ' . gmdate( 'Y-' ), $counted );
		$this->assertStringNotContainsString( '1970', $counted );
	}

	public function testTheEraserOfAnXnAddressErasesBothContactsWhenTheCrmHoldsTheMailboxInBothForms(): void {
		list( $unicode, $ascii ) = $this->bounced_unicode_contact();
		$this->site->seed_contact( $ascii );
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $ascii ) ) );
		$this->assertNotNull( $this->site->contact_state( $ascii ) );

		$this->erase( $ascii );

		$this->assertSame( array( null, null ), array( $this->site->contact_state( $ascii ), $this->site->contact_state( $unicode ) ) );
	}

	public function testErasingTheUnicodeFormAlsoRedactsTheLogAndKeysSesWroteInTheXnForm(): void {
		// WordPress's own requests take only the xn-- form; the CRM's code may call the eraser with its own.
		list( $unicode, $ascii ) = $this->bounced_unicode_contact();
		$this->assertNotSame( 0, $this->traces( $ascii )['log'] );

		$this->site->wp_eval( 'for ( $p = 1; $p < 50 && ! \QuillCRM\Bounce\Privacy::erase( ' . var_export( $unicode, true ) . ', $p )["done"]; $p++ ) {} return $p;' );

		$traces = $this->traces( $ascii );
		$this->assertSame( array( 0, 0 ), array( $traces['log'], $traces['keys'] ) );
		$this->assertSame( 'bounced', $this->site->wp_eval( 'return apply_filters( "quillcrm_bounce_status_for_new_contact", "subscribed", ' . var_export( $ascii, true ) . ' );' ) );
	}

	public function testErasingAnAddressLeavesTheRowsOfOneTheCollationTakesForItAlone(): void {
		// The tables' collation takes ö for o: a bounce reported for jöhn is not john's.
		$john        = $this->new_contact( 'privacy-john' );
		$john_umlaut = str_replace( 'john', "j\u{F6}hn", $john );
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $john_umlaut ) ) );
		$this->site->deliver( $this->notification( SesPayload::delivery( $john ) ) );
		$theirs = 'SELECT id FROM ' . $this->site->table( 'quillcrm_bounce_recipient_events' ) . ' WHERE BINARY address = ?';
		$this->assertCount( 1, $this->site->rows( $theirs, array( $john_umlaut ) ) );

		$answers = $this->erase( $john );

		$this->assertFalse( $answers[0]['items_retained'], 'john never bounced' );
		$this->assertCount( 1, $this->site->rows( $theirs, array( $john_umlaut ) ), "j\u{F6}hn's history stays" );
	}

	public function testARequestInTheUnicodeFormFindsTheContactSavedInTheXnForm(): void {
		$local = 'privacy-saved-xn-' . bin2hex( random_bytes( 4 ) );
		$ascii = $local . '@xn--bcher-kva.example';
		$this->site->seed_contact( $ascii );
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $ascii ) ) );

		$groups = $this->site->wp_eval( 'return array_column( \QuillCRM\Bounce\Privacy::export( ' . var_export( $local . "@b\u{FC}cher.example", true ) . ' )["data"], "group_id" );' );

		$this->assertContains( 'quillcrm-bounce-state', $groups );
	}
}
