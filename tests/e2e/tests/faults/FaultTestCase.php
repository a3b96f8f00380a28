<?php
/**
 * Shared setup of the fault-injection suite: every test starts with a healthy
 * stand-in and cache directory and ends by putting them back (also when it
 * failed), and no test may leave a PHP warning, notice or fatal error in the
 * site's logs.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests\Faults;

use QuillCRM\E2E\Faults;
use QuillCRM\E2E\SnsSigner;
use QuillCRM\E2E\Tests\E2eTestCase;

abstract class FaultTestCase extends E2eTestCase {
	/**
	 * WordPress core's own warnings while MariaDB is down or is being killed:
	 * wpdb::db_connect() calls mysqli_real_connect() without @ when WP_DEBUG
	 * is on (this test site has it on; production sites normally do not).
	 * Refused while it is down; a connection the SIGKILL cuts during
	 * mysqlnd's handshake gets "Error while reading greeting packet" and
	 * 2006/2013 instead.
	 */
	protected const DB_DOWN_WARNINGS = array(
		'#PHP Warning:  mysqli_real_connect\(\): (\(HY000/(2002|2006|2013)\): .*|Error while reading greeting packet\. PID=\d+) in .*/wp-includes/class-wpdb\.php on line \d+$#',
	);

	protected Faults $faults;
	/** @var array<string,int> */
	private array $log_mark = array();
	/**
	 * Log lines a test expects (regular expressions), e.g. WordPress core's
	 * own warning when MariaDB is down.
	 *
	 * @var list<string>
	 */
	protected array $expected_log_lines = array();

	protected function setUp(): void {
		parent::setUp();
		$this->faults = new Faults( $this->site );
		$this->faults->clear_modes();
		$this->faults->restore_cache_dir();
		$this->log_mark = $this->faults->log_mark();
	}

	protected function tearDown(): void {
		$this->faults->clear_modes();
		$this->faults->restore_cache_dir();
		foreach ( array( 'mariadb' => 'db-start', 'sns-standin' => 'sns-start' ) as $service => $start ) {
			$pid = $this->faults->recorded_pid( $service );
			if ( ! Faults::process_exists( $pid ) ) {
				$this->site->stack_command( $start );
				$this->site->reconnect();
			}
		}
		$problems = array_values(
			array_filter(
				$this->faults->new_log_problems( $this->log_mark ),
				fn( string $line ) => ! array_filter( $this->expected_log_lines, static fn( string $re ) => 1 === preg_match( $re, $line ) )
			)
		);
		parent::tearDown();
		$this->assertSame( array(), $problems, 'new PHP warnings, notices or fatal errors in the site logs' );
	}

	/** A signer whose SigningCertURL is SimpleNotificationService-<$cert_id>.pem. */
	protected function signer( string $cert_id, string $key = 'signing.key' ): SnsSigner {
		return new SnsSigner( $this->site->pki( $key ), $cert_id );
	}

	/**
	 * POSTs one delivery and measures how long the site took to answer.
	 *
	 * @param array<string,string> $envelope
	 * @return array{0: array{status:int, body:string, json:?array<string,mixed>, headers:array<string,string>}, 1: float}
	 */
	protected function timed_delivery( array $envelope ): array {
		$t = microtime( true );
		$r = $this->site->deliver( $envelope );
		return array( $r, microtime( true ) - $t );
	}
}
