<?php
/**
 * A php-fpm worker, MariaDB, or the worker's database connection dies in the
 * middle of a request: while the delivery's transaction holds its
 * exactly-once claim (the contact row is kept locked by the test so the
 * request waits inside the transaction), or while the worker fetches the
 * signing certificate. SNS retries; the retried delivery is applied exactly
 * once.
 *
 * Retry schedule assumed: SNS's default HTTP/S policy (3 retries, 20 s
 * apart); each test sends the one retry itself, right after the failure.
 *
 * The worker is found from the outside, through /proc: the php-fpm child of
 * the recorded master that owns the TCP connection MariaDB (PROCESSLIST) or
 * the SNS stand-in sees.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests\Faults;

use QuillCRM\E2E\Faults;
use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;
use QuillCRM\E2E\SnsSigner;

final class ProcessKillTest extends FaultTestCase {

	public function testWorkerKilledInsideTheTransactionThenTheRetryIsAppliedOnce(): void {
		$email    = $this->new_contact( 'kill-worker-tx' );
		$envelope = $this->notification( SesPayload::transient_bounce( $email ) );
		$workers  = count( $this->faults->fpm_workers() );

		$lock = $this->lock_contact( $email );
		try {
			$request = $this->start( $envelope );
			$port    = $this->wait_for_query_waiting_on_the_lock( $request );
			$worker  = $this->faults->fpm_worker_with_tcp( static fn( int $local, int $remote ) => $local === $port && (int) Site::get()->stack['db_port'] === $remote );
			$this->assertNotNull( $worker, "the php-fpm worker connected from port $port" );
			$this->faults->kill_worker( $worker );
			$killed = $this->finish( $request );
		} finally {
			$lock->rollback();
			$lock->close();
		}

		$this->assertContains( $killed, array( 0, 502 ), 'the request of the killed worker failed (nginx 502, or the connection dropped)' );
		Faults::wait_until( fn() => count( $this->faults->fpm_workers() ) === $workers, 10.0, 'php-fpm to replace the killed worker' );
		$this->assert_retry_applied_once( $envelope, $email );
	}

	public function testWorkerKilledWhileFetchingTheCertificateThenTheRetryIsAppliedOnce(): void {
		$cert_id  = Faults::fresh_cert_id();
		$email    = $this->new_contact( 'kill-worker-fetch' );
		$envelope = ( new SnsSigner( $this->site->pki( 'signing.key' ), $cert_id ) )->notification( self::TOPIC, SesPayload::transient_bounce( $email ) );
		$sns_port = (int) $this->site->stack['sns_port'];
		$this->faults->set_mode( $cert_id, 'slow:4' );

		$request = $this->start( $envelope );
		$worker  = null;
		Faults::wait_until(
			function () use ( &$worker, $request, $sns_port, $cert_id ): bool {
				$this->pump( $request );
				// The stand-in logs the client port of the fetch (before it stalls).
				$fetch = $this->faults->fetches( $cert_id )[0] ?? null;
				if ( null === $fetch ) {
					return false;
				}
				$port   = (int) $fetch['client_port'];
				$worker = $this->faults->fpm_worker_with_tcp( static fn( int $local, int $remote ) => $local === $port && $remote === $sns_port );
				return null !== $worker;
			},
			10.0,
			'a php-fpm worker connected to the SNS stand-in'
		);
		$this->faults->kill_worker( (int) $worker );
		$killed = $this->finish( $request );
		$this->faults->set_mode( $cert_id, null );

		$this->assertContains( $killed, array( 0, 502 ) );
		$this->assertContactState( $email, 'subscribed', 0, 'nothing applied by the killed request' );
		$this->assert_retry_applied_once( $envelope, $email );
	}

	public function testMariaDbKilledInsideTheTransactionAnswers503AndTheRetryIsAppliedOnce(): void {
		$this->expected_log_lines = self::DB_DOWN_WARNINGS;
		$email    = $this->new_contact( 'kill-db-tx' );
		$envelope = $this->notification( SesPayload::transient_bounce( $email ) );

		$lock    = $this->lock_contact( $email );
		$request = $this->start( $envelope );
		$this->wait_for_query_waiting_on_the_lock( $request );
		$this->site->stack_command( 'db-kill' );
		$this->site->reconnect();
		try {
			$status = $this->finish( $request );
		} finally {
			$this->site->stack_command( 'db-start' );
			try {
				$lock->close();
			} catch ( \Throwable $gone ) {
				unset( $gone ); // Its server was killed.
			}
		}

		$this->assertSame( 503, $status, 'MariaDB died inside the transaction: SNS is told to retry' );
		$this->assert_retry_applied_once( $envelope, $email );
	}

	public function testWebhookConnectionKilledInsideTheTransactionAnswers503AndTheRetryIsAppliedOnce(): void {
		$email    = $this->new_contact( 'kill-connection-tx' );
		$envelope = $this->notification( SesPayload::transient_bounce( $email ) );

		$lock = $this->lock_contact( $email );
		try {
			$request = $this->start( $envelope );
			$this->wait_for_query_waiting_on_the_lock( $request, $thread_id );
			// The claim 'msg:<MessageId>' is inserted, uncommitted; killing the
			// connection rolls it back. A reconnect that re-ran the remaining
			// statements would apply the bounce without it.
			$this->site->db()->query( 'KILL CONNECTION ' . (int) $thread_id );
			// Give a reconnecting worker time to block on the lock again.
			usleep( 500000 );
			$this->pump( $request );
		} finally {
			$lock->rollback();
			$lock->close();
		}
		[ $status, $body ] = $this->finish_with_body( $request );

		$this->assertSame( 503, $status, "the connection of the delivery's transaction was killed: SNS is told to retry. Answer: $body" );
		$json = json_decode( $body, true );
		$this->assertIsArray( $json, "a JSON answer: $body" );
		$this->assertSame( 'retry', $json['outcome'] ?? null, $body );
		$this->assertContains( $json['error'] ?? null, array( 'database_error', 'database_unavailable' ), $body );
		$this->assertContactState( $email, 'subscribed', 0, 'nothing applied by the killed request' );
		$this->assert_retry_applied_once( $envelope, $email );
	}

	/** Another connection holds the contact row (SELECT ... FOR UPDATE) until rollback(). */
	private function lock_contact( string $email ): \mysqli {
		$s    = $this->site->stack;
		$lock = new \mysqli( (string) $s['db_host'], (string) $s['db_user'], (string) $s['db_password'], (string) $s['db_name'], (int) $s['db_port'] );
		$lock->begin_transaction();
		$stmt = $lock->prepare( 'SELECT id FROM ' . $this->site->table( Site::CONTACTS_TABLE ) . ' WHERE email = ? FOR UPDATE' );
		$stmt->bind_param( 's', $email );
		$stmt->execute();
		$stmt->get_result();
		return $lock;
	}

	/**
	 * The client port of the site's connection waiting for the contact lock;
	 * $thread_id receives its MariaDB connection id.
	 */
	private function wait_for_query_waiting_on_the_lock( array $request, ?int &$thread_id = null ): int {
		$port = 0;
		Faults::wait_until(
			function () use ( &$port, &$thread_id, $request ): bool {
				$this->pump( $request );
				$rows = $this->site->rows( "SELECT ID, HOST FROM information_schema.PROCESSLIST WHERE INFO LIKE '%FOR UPDATE%' AND INFO LIKE '%soft_bounce_count%' AND ID <> CONNECTION_ID()" );
				foreach ( $rows as $row ) {
					$port      = (int) substr( (string) $row['HOST'], strrpos( (string) $row['HOST'], ':' ) + 1 );
					$thread_id = (int) $row['ID'];
				}
				return $port > 0;
			},
			15.0,
			'the delivery to wait for the contact lock inside its transaction'
		);
		// The exactly-once claim is already inserted, uncommitted, by then.
		return $port;
	}

	/** @param array<string,string> $envelope */
	private function start( array $envelope ): array {
		$multi = curl_multi_init();
		$ch    = $this->site->delivery_handle( $envelope, 30 );
		curl_multi_add_handle( $multi, $ch );
		$this->pump( array( $multi, $ch ) );
		return array( $multi, $ch );
	}

	private function pump( array $request ): void {
		curl_multi_exec( $request[0], $running );
	}

	/** Waits for the answer; its HTTP status, 0 when the connection failed. */
	private function finish( array $request ): int {
		return $this->finish_with_body( $request )[0];
	}

	/**
	 * Waits for the answer.
	 *
	 * @return array{0: int, 1: string} HTTP status (0 when the connection failed) and body.
	 */
	private function finish_with_body( array $request ): array {
		[ $multi, $ch ] = $request;
		do {
			curl_multi_exec( $multi, $running );
			if ( $running ) {
				curl_multi_select( $multi, 0.1 );
			}
		} while ( $running );
		$status = (int) curl_getinfo( $ch, CURLINFO_RESPONSE_CODE );
		$body   = (string) curl_multi_getcontent( $ch );
		curl_multi_remove_handle( $multi, $ch );
		curl_multi_close( $multi );
		return array( $status, $body );
	}

	/**
	 * SNS retries until a 2xx; then the delivery is applied exactly once.
	 *
	 * @param array<string,string> $envelope
	 */
	private function assert_retry_applied_once( array $envelope, string $email ): void {
		$end = microtime( true ) + 30;
		do {
			$r = $this->site->deliver( $envelope );
		} while ( ( $r['status'] < 200 || $r['status'] >= 300 ) && microtime( true ) < $end && usleep( 250000 ) === null );
		$this->assertAnswer( 200, $r, 'bounce', null, 'SNS\'s retry' );
		$again = $this->site->deliver( $envelope );
		$this->assertAnswer( 200, $again, 'duplicate', null, 'one more retry is a duplicate' );

		$this->assertContactState( $email, 'subscribed', 1, 'applied exactly once' );
		$applied = $this->site->rows( 'SELECT outcome FROM ' . $this->site->table( Site::EVENTS_TABLE ) . " WHERE message_id = ? AND http_status = 200 AND outcome <> 'duplicate'", array( $envelope['MessageId'] ) );
		$this->assertCount( 1, $applied, 'one applied log row' );
		$claims = $this->site->rows( 'SELECT COUNT(*) AS n FROM ' . $this->site->table( 'quillcrm_bounce_dedup' ) . ' WHERE dedup_key = ?', array( 'msg:' . $envelope['MessageId'] ) );
		$this->assertSame( 1, (int) $claims[0]['n'] );
	}
}
