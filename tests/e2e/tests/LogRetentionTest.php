<?php
/**
 * What pruning keeps: the delivery log cannot be flushed by strangers
 * (requests with a wrong key keep at most INVALID_KEY_ROWS rows of their own
 * and never count towards the 10,000 rows kept of genuine deliveries), and
 * exactly-once keys outlive the replay window even when a filter asks less.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\Site;

final class LogRetentionTest extends E2eTestCase {
	/** The plugin's cap (php/includes/class-retention.php INVALID_KEY_MAX_ROWS). */
	private const INVALID_KEY_ROWS = 100;
	/** The plugin's row cap of genuine deliveries (LOG_MAX_ROWS). */
	private const LOG_MAX_ROWS = 10000;
	/** Marks the rows this test writes, so that tearDown() removes them. */
	private const FILLER = 'e2e-log-retention-filler';

	protected function tearDown(): void {
		$this->site->exec( 'DELETE FROM ' . $this->site->table( Site::EVENTS_TABLE ) . ' WHERE detail LIKE ?', array( self::FILLER . '%' ) );
		parent::tearDown();
	}

	public function testInvalidKeyPostsNeverPushGenuineRowsOutAndStayCapped(): void {
		$events  = $this->site->table( Site::EVENTS_TABLE );
		$oldest  = self::FILLER . '-oldest-' . bin2hex( random_bytes( 4 ) );
		$genuine = static fn( Site $site ): int => (int) $site->rows( "SELECT COUNT(*) AS n FROM $events WHERE error_code IS NULL OR error_code <> 'invalid_key'" )[0]['n'];
		// A genuine row, then as many more as the log keeps: the log is full.
		$this->site->exec( "INSERT INTO $events (received_at, http_status, outcome, detail) VALUES (UTC_TIMESTAMP(), 200, 'delivery', ?)", array( $oldest ) );
		$missing = self::LOG_MAX_ROWS - $genuine( $this->site );
		if ( $missing > 0 ) {
			$this->site->exec( "INSERT INTO $events (received_at, http_status, outcome, detail) SELECT UTC_TIMESTAMP(), 200, 'delivery', ? FROM seq_1_to_$missing", array( self::FILLER ) );
		}

		// Enough wrong-key posts to pass at least one inline prune (every 200th row).
		$url = $this->site->webhook_url( str_repeat( 'f', 48 ) );
		for ( $i = 0; $i < 250; $i++ ) {
			$r = $this->site->request( 'POST', $url, '{}', array( 'Content-Type: text/plain; charset=UTF-8' ) );
			$this->assertAnswer( 403, $r, 'rejected', 'invalid_key' );
		}

		$this->assertCount( 1, $this->site->rows( "SELECT id FROM $events WHERE detail = ?", array( $oldest ) ), 'the oldest genuine row is still there' );
		$this->assertGreaterThanOrEqual( self::LOG_MAX_ROWS, $genuine( $this->site ), 'no genuine row was pruned' );
		$invalid = (int) $this->site->rows( "SELECT COUNT(*) AS n FROM $events WHERE error_code = 'invalid_key'" )[0]['n'];
		$this->assertGreaterThan( 0, $invalid, 'wrong-key posts are still logged' );
		$this->assertLessThanOrEqual( self::INVALID_KEY_ROWS, $invalid, 'wrong-key rows stay under their own cap' );
	}

	public function testInvalidKeyPostsWriteNothingWhenTheLogInvalidKeyFilterSaysFalse(): void {
		$events    = $this->site->table( Site::EVENTS_TABLE );
		$mu_plugin = $this->site->stack['wp_dir'] . '/wp-content/mu-plugins/e2e-no-invalid-key-log.php';
		file_put_contents( $mu_plugin, "<?php\nadd_filter( 'quillcrm_bounce_log_invalid_key', '__return_false' );\n" );
		try {
			$newest = static fn( Site $site ): int => (int) $site->rows( "SELECT COALESCE(MAX(id), 0) AS id FROM $events" )[0]['id'];
			$before = $newest( $this->site );
			$url    = $this->site->webhook_url( str_repeat( 'e', 48 ) );
			for ( $i = 0; $i < 3; $i++ ) {
				$r = $this->site->request( 'POST', $url, '{}', array( 'Content-Type: text/plain; charset=UTF-8' ) );
				$this->assertAnswer( 403, $r, 'rejected', 'invalid_key' );
			}
			$this->assertSame( $before, $newest( $this->site ), 'no log row was written' );
		} finally {
			unlink( $mu_plugin );
		}
		// The default again: the next wrong-key post is logged.
		$r = $this->site->request( 'POST', $this->site->webhook_url( str_repeat( 'e', 48 ) ), '{}', array( 'Content-Type: text/plain; charset=UTF-8' ) );
		$this->assertAnswer( 403, $r, 'rejected', 'invalid_key' );
		$this->assertCount( 1, $this->site->rows( "SELECT id FROM $events WHERE id > ? AND error_code = 'invalid_key'", array( $before ) ) );
	}

	public function testDedupKeysOutliveTheReplayWindowPlusClockSkewWhateverTheFilterSays(): void {
		$dedup = $this->site->table( 'quillcrm_bounce_dedup' );
		$keys  = array();
		// The extension accepts a message up to 3,900 s old and up to 300 s in
		// the future: its key is needed for 4,200 s after it was claimed.
		foreach ( array( 'needed' => 4150, 'expired' => 4300 ) as $label => $age ) {
			$keys[ $label ] = 'msg:e2e-dedup-floor-' . $label . '-' . bin2hex( random_bytes( 6 ) );
			$this->site->exec(
				"INSERT INTO $dedup (key_hash, dedup_key, created_at) VALUES (SHA2(?, 256), ?, UTC_TIMESTAMP() - INTERVAL $age SECOND)",
				array( $keys[ $label ], $keys[ $label ] )
			);
		}

		$this->site->wp_eval( "add_filter( 'quillcrm_bounce_dedup_retention', static fn() => 1 ); QuillCRM\\Bounce\\Retention::prune(); return true;" );

		$left = array_column( $this->site->rows( "SELECT dedup_key FROM $dedup WHERE dedup_key IN (?, ?)", array_values( $keys ) ), 'dedup_key' );
		$this->assertSame( array( $keys['needed'] ), $left, 'a key 4,150 s old is kept, one 4,300 s old is pruned' );
	}
}
