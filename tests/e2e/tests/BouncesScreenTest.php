<?php
/**
 * QuillCRM → Bounces: bounced, complained and soft-bounced contacts with
 * their last event, searchable and filtered by status; each address's
 * history, every event newest first, from per-recipient rows written in
 * the delivery's own transaction.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;
use QuillCRM\E2E\Faults;
use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;

final class BouncesScreenTest extends E2eTestCase {
	private const ASIDE = 'quillcrm_bounce_recipient_events_e2e_aside';

	private AdminPage $admin;

	protected function setUp(): void {
		parent::setUp();
		$this->admin = new AdminPage( $this->site );
	}

	protected function tearDown(): void {
		$events = $this->site->table( 'quillcrm_bounce_recipient_events' );
		$aside  = $this->site->table( self::ASIDE );
		if ( array() !== $this->site->rows( 'SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?', array( $aside ) ) ) {
			$this->site->exec( "RENAME TABLE $aside TO $events" );
		}
		parent::tearDown();
	}

	/** The rows of the list for a search, as [address => [column => text]]. */
	private function listed( string $query ): array {
		$page = $this->admin->get( 'admin.php?page=quillcrm-bounces&' . $query );
		$this->assertSame( 200, $page['status'] );
		$xp   = new \DOMXPath( AdminPage::document( $page['body'] ) );
		$rows = array();
		foreach ( $xp->query( "//tbody[@id='the-list']/tr[td]" ) as $tr ) {
			$cells = array();
			foreach ( $xp->query( './td', $tr ) as $td ) {
				$column           = (string) preg_replace( '/^.*column-(\S+).*$/', '$1', $td->getAttribute( 'class' ) );
				$cells[ $column ] = trim( (string) preg_replace( '/\s+/', ' ', $td->textContent ) );
			}
			$address = $xp->query( './/td[contains(@class, "column-email")]//a', $tr )->item( 0 );
			if ( null !== $address ) {
				$rows[ trim( $address->textContent ) ] = $cells;
			}
		}
		return $rows;
	}

	/** The history table's rows of a contact: [kind, event text]. */
	private function history( string $email ): array {
		$page = $this->admin->get( 'admin.php?page=quillcrm-bounces&contact=' . $this->site->contact( $email )['id'] );
		$this->assertSame( 200, $page['status'] );
		$xp   = new \DOMXPath( AdminPage::document( $page['body'] ) );
		$rows = array();
		foreach ( $xp->query( "//table[@id='quillcrm-history']/tbody/tr[@data-kind]" ) as $tr ) {
			$rows[] = array( $tr->getAttribute( 'data-kind' ), trim( (string) preg_replace( '/\s+/', ' ', $xp->query( './td[2]', $tr )->item( 0 )->textContent ) ) );
		}
		return $rows;
	}

	public function testABouncedContactIsListedWithItsLastEvent(): void {
		$email = $this->new_contact( 'screen-hard' );
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) );

		$rows = $this->listed( 's=' . rawurlencode( $email ) );

		$this->assertSame( array( $email ), array_keys( $rows ) );
		$this->assertSame( 'bounced', $rows[ $email ]['status'] );
		$this->assertSame( 'Permanent/General', $rows[ $email ]['reason'] );
		$this->assertSame( 'Permanent / General', $rows[ $email ]['type'] );
		$this->assertSame( '5.1.1', $rows[ $email ]['code'] );
		$this->assertSame( 'smtp; 550 5.1.1 user unknown', $rows[ $email ]['diagnostic'] );
		$this->assertSame( self::TOPIC, $rows[ $email ]['topic'] );
	}

	public function testTheSearchFindsOnlyMatchingAddresses(): void {
		$label = 'screen-search-' . bin2hex( random_bytes( 3 ) );
		$found = $this->new_contact( $label );
		$other = $this->new_contact( 'screen-other' );
		foreach ( array( $found, $other ) as $email ) {
			$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) );
		}

		$this->assertSame( array( $found ), array_keys( $this->listed( 's=' . rawurlencode( $label ) ) ) );
	}

	public function testTheStatusFilterShowsOnlyThatStatus(): void {
		$label      = 'screen-filter-' . bin2hex( random_bytes( 3 ) );
		$complained = Site::unique_email( $label . '-c' );
		$bounced    = Site::unique_email( $label . '-b' );
		$soft       = Site::unique_email( $label . '-s' );
		foreach ( array( $complained, $bounced, $soft ) as $email ) {
			$this->site->seed_contact( $email );
		}
		$this->site->deliver( $this->notification( SesPayload::complaint( $complained ) ) );
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $bounced ) ) );
		$this->site->deliver( $this->notification( SesPayload::transient_bounce( $soft ) ) );

		$this->assertSame( array( $complained ), array_keys( $this->listed( 'status=complained&s=' . $label ) ) );
		$this->assertSame( array( $bounced ), array_keys( $this->listed( 'status=bounced&s=' . $label ) ) );
		$this->assertSame( array( $soft ), array_keys( $this->listed( 'status=soft&s=' . $label ) ) );
		$this->assertCount( 3, $this->listed( 's=' . $label ) );
	}

	public function testTheViewLinksKeepASearchWithAPlusAndAnAmpersand(): void {
		$search = 'screen-views+news&more' . bin2hex( random_bytes( 3 ) );

		$page  = $this->admin->get( 'admin.php?page=quillcrm-bounces&s=' . rawurlencode( $search ) );
		$xp    = new \DOMXPath( AdminPage::document( $page['body'] ) );
		$links = $xp->query( "//ul[contains(@class, 'subsubsub')]//a" );

		$this->assertSame( 4, $links->length, 'All, Bounced, Complained, Soft bounces' );
		foreach ( $links as $link ) {
			parse_str( (string) parse_url( html_entity_decode( $link->getAttribute( 'href' ) ), PHP_URL_QUERY ), $query );
			$this->assertSame( $search, $query['s'] ?? null, trim( $link->textContent ) );
		}
	}

	public function testAFilterGivenAsAListIsNoFilterAndNoWarning(): void {
		$faults = new Faults( $this->site );
		$mark   = $faults->log_mark();

		// (WordPress's own search box warns about s[]=…, so only status is asked here.)
		$page = $this->admin->get( 'admin.php?page=quillcrm-bounces&status[]=bounced' );

		$this->assertSame( 200, $page['status'] );
		$this->assertSame( array(), $faults->new_log_problems( $mark ), 'no PHP warning for a list where a word was expected' );
	}

	public function testSortAndSearchParametersGivenAsListsBringNoWarning(): void {
		// The search box (which prints them) shows once the list has a contact.
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $this->new_contact( 'screen-lists' ) ) ) );
		$faults = new Faults( $this->site );
		$mark   = $faults->log_mark();

		$page = $this->admin->get( 'admin.php?page=quillcrm-bounces&s[]=a&orderby[]=a&order[]=b&post_mime_type[]=c&detached[]=d' );

		$this->assertSame( 200, $page['status'] );
		$this->assertSame( array(), $faults->new_log_problems( $mark ), 'WordPress\'s search box prints these as strings' );
	}

	public function testAComplainerTheSiteUnsubscribedIsListedUnderComplained(): void {
		$this->site->set_option( 'quillcrm_bounce_complaint_action', 'unsubscribed' );
		$email = $this->new_contact( 'screen-unsubscribed-complainer' );
		$this->site->deliver( $this->notification( SesPayload::complaint( $email ) ) );
		$this->assertContactState( $email, 'unsubscribed', 0 );

		$this->assertSame( array( $email ), array_keys( $this->listed( 'status=complained&s=' . rawurlencode( $email ) ) ) );
		$this->assertSame( array( $email ), array_keys( $this->listed( 's=' . rawurlencode( $email ) ) ) );
	}

	public function testAContactWithNothingToShowIsNotListed(): void {
		$email = $this->new_contact( 'screen-delivered' );
		$this->site->deliver( $this->notification( SesPayload::delivery( $email ) ) );

		$this->assertSame( array(), $this->listed( 's=' . rawurlencode( $email ) ) );
	}

	public function testTheHistoryShowsEveryEventOfTheAddressNewestFirst(): void {
		$email = $this->new_contact( 'screen-history' );
		$base  = time() - 600;
		$this->site->deliver( $this->notification( SesPayload::sent_at( SesPayload::transient_bounce( $email ), $base ) ) );
		$this->site->deliver( $this->notification( SesPayload::sent_at( SesPayload::delivery( $email ), $base + 60 ) ) );
		$this->site->deliver( $this->notification( SesPayload::complaint( $email ) ) );

		$this->assertSame(
			array( array( 'complaint', 'Complaint / abuse' ), array( 'delivery', 'Delivery' ), array( 'soft', 'Transient / MailboxFull' ) ),
			$this->history( $email )
		);
	}

	public function testEventsOfAnAddressTheCollationTakesForThisOneDoNotCrowdItsHistoryOut(): void {
		$email = $this->new_contact( 'screen-john' );
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) );
		// 500 newer events of jöhn (the same to utf8mb4_unicode_ci), the page's whole LIMIT.
		$table  = $this->site->table( 'quillcrm_bounce_recipient_events' );
		$other  = str_replace( 'john', "j\u{F6}hn", $email );
		$fields = 'event_id, received_at, sent_at, contact_id, class, effect, reason, feedback_type, status, diagnostic, result, topic_arn, message_id, rate_kind, is_send';
		$this->site->exec( "INSERT INTO $table (address, $fields) WITH RECURSIVE n AS (SELECT 1 AS i UNION ALL SELECT i + 1 FROM n WHERE i < 500) SELECT ?, $fields FROM $table, n WHERE address = ?", array( $other, $email ) );
		try {
			$rows = $this->history( $email );
		} finally {
			$this->site->exec( "DELETE FROM $table WHERE BINARY address = ?", array( $other ) );
		}

		$this->assertSame( array( array( 'hard', 'Permanent / General' ) ), $rows );
	}

	public function testTheHistoryOfAContactSavedWithAUnicodeDomainShowsWhatSesReportedInItsXnForm(): void {
		// Reported before the CRM had the contact: kept as SES wrote it, xn--.
		$local = 'screen-idn-' . bin2hex( random_bytes( 4 ) );
		$this->site->deliver( $this->notification( SesPayload::transient_bounce( $local . '@xn--bcher-kva.example' ) ) );
		$unicode = $local . "@b\u{FC}cher.example";
		$this->site->seed_contact( $unicode );

		$this->assertSame( array( array( 'soft', 'Transient / MailboxFull' ) ), $this->history( $unicode ) );
	}

	public function testTheHistoryIsQueryableByAddressWithItsFacts(): void {
		$email = $this->new_contact( 'screen-facts' );
		$r     = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) );
		$this->assertAnswer( 200, $r, 'bounce' );

		$rows = $this->site->rows( 'SELECT * FROM ' . $this->site->table( 'quillcrm_bounce_recipient_events' ) . ' WHERE address = ?', array( $email ) );

		$this->assertCount( 1, $rows );
		$this->assertSame(
			array( 'hard', 'hard', 'Permanent/General', '5.1.1', 'hard_bounced', self::TOPIC, (string) $this->site->contact( $email )['id'] ),
			array( $rows[0]['class'], $rows[0]['effect'], $rows[0]['reason'], $rows[0]['status'], $rows[0]['result'], $rows[0]['topic_arn'], (string) $rows[0]['contact_id'] )
		);
		$this->assertNotNull( $rows[0]['event_id'], 'linked to its log row' );
	}

	public function testADeliveryWhoseHistoryCannotBeWrittenChangesNothing(): void {
		$email  = $this->new_contact( 'screen-rollback' );
		$events = $this->site->table( 'quillcrm_bounce_recipient_events' );
		$this->site->exec( "RENAME TABLE $events TO " . $this->site->table( self::ASIDE ) );
		$envelope = $this->notification( SesPayload::permanent_bounce( $email ) );

		$r = $this->site->deliver( $envelope );

		$this->assertAnswer( 503, $r, 'retry', 'schema_missing', 'the history row is written in the same transaction' );
		$this->assertContactState( $email, 'subscribed', 0, 'the contact update was rolled back with it' );
		$this->site->exec( 'RENAME TABLE ' . $this->site->table( self::ASIDE ) . " TO $events" );
		$this->assertAnswer( 200, $this->site->deliver( $envelope ), 'bounce', null, "SNS's retry is applied" );
		$this->assertContactState( $email, 'bounced', 0 );
	}
}
