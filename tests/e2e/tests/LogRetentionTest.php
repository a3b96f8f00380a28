<?php
/**
 * What the log keeps: requests with a wrong key are counted, never logged
 * (strangers cannot flush the log), and exactly-once keys outlive the replay
 * window even when a filter asks less; the log and the recipient history
 * are kept for the days set on the page.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;
use QuillCRM\E2E\Faults;
use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;

final class LogRetentionTest extends E2eTestCase {
	public function testWrongKeyPostsAreCountedNotLogged(): void {
		$events   = $this->site->table( Site::EVENTS_TABLE );
		$counters = $this->site->table( 'quillcrm_bounce_counters' );
		$newest   = static fn( Site $site ): int => (int) $site->rows( "SELECT COALESCE(MAX(id), 0) AS id FROM $events" )[0]['id'];
		$count    = static fn( Site $site ): int => (int) ( $site->rows( "SELECT count FROM $counters WHERE name = 'wrong_key'" )[0]['count'] ?? 0 );
		$before   = array( $newest( $this->site ), $count( $this->site ) );

		$url = $this->site->webhook_url( str_repeat( 'f', 48 ) );
		for ( $i = 0; $i < 3; $i++ ) {
			$r = $this->site->request( 'POST', $url, '{}', array( 'Content-Type: text/plain; charset=UTF-8' ) );
			$this->assertAnswer( 403, $r, 'rejected', 'invalid_key' );
		}

		$this->assertSame( array( $before[0], $before[1] + 3 ), array( $newest( $this->site ), $count( $this->site ) ), 'no log row; the counter went up by 3' );
	}

	public function testAWrongKeyTriedWithAGetIsCountedToo(): void {
		$counters = $this->site->table( 'quillcrm_bounce_counters' );
		$count    = fn(): int => (int) ( $this->site->rows( "SELECT count FROM $counters WHERE name = 'wrong_key'" )[0]['count'] ?? 0 );
		$before   = $count();

		$r = $this->site->request( 'GET', $this->site->webhook_url( str_repeat( 'd', 48 ) ) );

		$this->assertSame( 405, $r['status'] );
		$this->assertSame( $before + 1, $count() );
	}

	public function testTheSettingsPageSaysWhenWrongKeyRequestsWereLastSeen(): void {
		$this->site->request( 'POST', $this->site->webhook_url( str_repeat( 'e', 48 ) ), '{}', array( 'Content-Type: text/plain; charset=UTF-8' ) );

		$page = $this->site->request( 'GET', $this->site->settings_url(), '', array(), $this->site->admin_cookie_jar() );

		$this->assertSame( 200, $page['status'] );
		$this->assertMatchesRegularExpression( '/id="quillcrm-wrong-key-requests">\d+ requests? with a wrong or missing key since .+, the last at .+\./', $page['body'] );
	}

	public function testDedupKeysOutliveAQueuesRetentionOnAWebhookSiteWhateverTheFilterSays(): void {
		$dedup = $this->site->table( 'quillcrm_bounce_dedup' );
		$keys  = array();
		// A queued message is accepted up to max_queued_age (14 days + 3,900 s)
		// old and up to 300 s in the future: a queue subscribed before the site
		// switches to it holds copies of what the webhook applied, so every
		// site keeps a key 14 days + 4,200 s after it was claimed.
		$floor = 14 * 86400 + 4200;
		foreach ( array( 'needed' => $floor - 60, 'expired' => $floor + 120 ) as $label => $age ) {
			$keys[ $label ] = 'msg:e2e-dedup-floor-' . $label . '-' . bin2hex( random_bytes( 6 ) );
			$this->site->exec(
				"INSERT INTO $dedup (key_hash, dedup_key, created_at) VALUES (SHA2(?, 256), ?, UTC_TIMESTAMP() - INTERVAL $age SECOND)",
				array( $keys[ $label ], $keys[ $label ] )
			);
		}

		// A site without a queue URL (whatever other tests left).
		$this->site->wp_eval( "add_filter( 'pre_option_quillcrm_bounce_queue_url', static fn() => '' ); add_filter( 'quillcrm_bounce_dedup_retention', static fn() => 1 ); QuillCRM\\Bounce\\Retention::prune(); return true;" );

		$left = array_column( $this->site->rows( "SELECT dedup_key FROM $dedup WHERE dedup_key IN (?, ?)", array_values( $keys ) ), 'dedup_key' );
		$this->assertSame( array( $keys['needed'] ), $left, 'a key 14 days + 4,140 s old is kept, one 14 days + 4,320 s old is pruned' );
	}

	public function testOnePruneRemovesMoreExpiredKeysThanOneDeleteBatch(): void {
		$dedup  = $this->site->table( 'quillcrm_bounce_dedup' );
		$prefix = 'msg:e2e-expired-' . bin2hex( random_bytes( 4 ) ) . '-';
		// 6,000 keys 30 days old (one DELETE takes 5,000): as many as a day of
		// Delivery notifications brings to a site that sends a few thousand mails.
		$this->site->exec( "INSERT INTO $dedup (key_hash, dedup_key, created_at) SELECT SHA2(CONCAT(?, seq), 256), CONCAT(?, seq), UTC_TIMESTAMP() - INTERVAL 30 DAY FROM seq_1_to_6000", array( $prefix, $prefix ) );

		$this->site->wp_eval( 'QuillCRM\Bounce\Retention::prune(); return true;' );

		$this->assertSame( '0', (string) $this->site->rows( "SELECT COUNT(*) AS n FROM $dedup WHERE dedup_key LIKE ?", array( $prefix . '%' ) )[0]['n'] );
	}

	public function testTheTwoHundredthDeliveryNotificationPrunes(): void {
		$dedup    = $this->site->table( 'quillcrm_bounce_dedup' );
		$counters = $this->site->table( 'quillcrm_bounce_counters' );
		$expired  = 'msg:e2e-expired-' . bin2hex( random_bytes( 6 ) );
		$this->site->exec( "INSERT INTO $dedup (key_hash, dedup_key, created_at) VALUES (SHA2(?, 256), ?, UTC_TIMESTAMP() - INTERVAL 30 DAY)", array( $expired, $expired ) );
		// Deliveries write no log row, so the log's every-200th row never comes for them.
		$this->site->exec( "INSERT INTO $counters (name, count, first_at, last_at) VALUES ('deliveries', 199, UTC_TIMESTAMP(), UTC_TIMESTAMP()) ON DUPLICATE KEY UPDATE count = 199" );

		$r = $this->site->deliver( $this->notification( SesPayload::delivery( $this->new_contact( 'prune-by-delivery' ) ) ) );

		$this->assertAnswer( 200, $r, 'delivery' );
		Faults::wait_until( fn(): bool => array() === $this->site->rows( "SELECT 1 FROM $dedup WHERE dedup_key = ?", array( $expired ) ), 15, 'the prune after the answer' );
	}

	public function testTheDailyPruneForgetsTheStateOfContactsTheCrmDeleted(): void {
		$states = $this->site->table( 'quillcrm_bounce_contact_states' );
		$kept   = $this->new_contact( 'state-kept' );
		$gone   = $this->new_contact( 'state-gone' );
		foreach ( array( $kept, $gone ) as $email ) {
			$this->site->deliver( $this->notification( SesPayload::transient_bounce( $email ) ) );
		}
		$ids = array( (int) $this->site->contact( $kept )['id'], (int) $this->site->contact( $gone )['id'] );
		$this->site->exec( 'DELETE FROM ' . $this->site->table( 'quillcrm_contacts' ) . ' WHERE id = ?', array( $ids[1] ) );

		$this->site->wp_eval( 'do_action( QuillCRM\Bounce\Retention::CRON_HOOK ); return true;' );

		$left = array_map( 'intval', array_column( $this->site->rows( "SELECT contact_id FROM $states WHERE contact_id IN (?, ?)", $ids ), 'contact_id' ) );
		$this->assertSame( array( $ids[0] ), $left );
	}

	public function testLogRetentionIsASettingOnThePageThatThePruneFollows(): void {
		$admin = new AdminPage( $this->site );
		$r     = $admin->post( $admin->settings(), 'quillcrm_bounce_save_settings', array( 'quillcrm_log_retention_days' => '7' ) );
		$this->assertSame( 302, $r['status'] );
		$this->assertSame( '7', (string) $this->site->option( 'quillcrm_bounce_log_retention_days' ) );
		$this->assertSame( '7', AdminPage::document( $admin->settings() )->getElementById( 'quillcrm-log-retention-days' )->getAttribute( 'value' ) );

		$events  = $this->site->table( Site::EVENTS_TABLE );
		$history = $this->site->table( 'quillcrm_bounce_recipient_events' );
		$ids     = array();
		foreach ( array( 'old' => 8, 'kept' => 6 ) as $label => $days ) {
			$this->site->exec( "INSERT INTO $events (received_at, http_status, outcome, detail) VALUES (UTC_TIMESTAMP() - INTERVAL $days DAY, 200, 'bounce', ?)", array( "e2e-retention-$label" ) );
			$this->site->exec( "INSERT INTO $history (received_at, address, class, effect, result) VALUES (UTC_TIMESTAMP() - INTERVAL $days DAY, ?, 'hard', 'hard', 'hard_bounced')", array( "e2e-retention-$label@example.test" ) );
		}

		$this->site->wp_eval( 'QuillCRM\Bounce\Retention::prune(); return true;' );

		$this->assertSame( array( 'e2e-retention-kept' ), array_column( $this->site->rows( "SELECT detail FROM $events WHERE detail LIKE 'e2e-retention-%'" ), 'detail' ) );
		$this->assertSame( array( 'e2e-retention-kept@example.test' ), array_column( $this->site->rows( "SELECT address FROM $history WHERE address LIKE 'e2e-retention-%'" ), 'address' ) );
	}
}
