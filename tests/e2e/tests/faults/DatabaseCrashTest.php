<?php
/**
 * MariaDB is killed (SIGKILL, no shutdown) in the middle of a stream of
 * deliveries and started again. A sender that, like SNS, retries every
 * answer other than 2xx must find afterwards that the database matches the
 * model exactly: every delivery applied once, none lost, none doubled.
 *
 * Retry schedule assumed: the sender retries every 0.25 s until a 2xx, for
 * up to 120 s; the outage (kill, then start 2 s later) ends within SNS's
 * default HTTP/S policy (3 retries, 20 s apart), so SNS itself would also
 * deliver every message. A longer outage loses what SNS gives up on, unless
 * the subscription's delivery policy or dead-letter queue keeps it.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests\Faults;

use QuillCRM\E2E\Faults;
use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;

final class DatabaseCrashTest extends FaultTestCase {
	private const LANES              = 4;
	private const CONTACTS_PER_LANE  = 3;
	private const EVENTS_PER_LANE    = 15;
	private const KILL_AFTER_ACKED   = 14;
	private const DOWN_SECONDS       = 2.0;
	private const THRESHOLD          = 3;

	protected function setUp(): void {
		parent::setUp();
		$this->expected_log_lines = self::DB_DOWN_WARNINGS;
	}

	public function testMariaDbKilledMidStreamAndRestartedLosesAndDoublesNothing(): void {
		mt_srand( 20261126 );
		$model    = array(); // email => [status, soft]
		$lanes    = array();
		$messages = array(); // MessageId => expected applied outcome
		// Each mail sent 10 ms after the one before, in the order the model
		// applies them: the rules order a soft bounce and a delivery by their
		// mails' send times (to the millisecond), and two payloads made in
		// one millisecond would tie, so a delivery would not clear the soft
		// bounce the model clears.
		$sent = microtime( true ) - 60;
		for ( $lane = 0; $lane < self::LANES; $lane++ ) {
			$emails = array();
			for ( $c = 0; $c < self::CONTACTS_PER_LANE; $c++ ) {
				$emails[]          = $this->new_contact( "crash-$lane-$c" );
				$model[ end( $emails ) ] = array( 'subscribed', 0 );
			}
			for ( $e = 0; $e < self::EVENTS_PER_LANE; $e++ ) {
				$email = $emails[ mt_rand( 0, self::CONTACTS_PER_LANE - 1 ) ];
				$kind  = array( 'soft', 'soft', 'soft', 'delivery', 'delivery', 'hard', 'complaint' )[ mt_rand( 0, 6 ) ];
				$ses   = array(
					'soft'      => SesPayload::transient_bounce( $email ),
					'hard'      => SesPayload::permanent_bounce( $email ),
					'delivery'  => SesPayload::delivery( $email ),
					'complaint' => SesPayload::complaint( $email ),
				)[ $kind ];
				$sent                              += 0.01;
				$envelope                           = $this->notification( SesPayload::sent_at( $ses, $sent ) );
				$lanes[ $lane ][]                   = $envelope;
				$messages[ $envelope['MessageId'] ] = array( 'soft' => 'bounce', 'hard' => 'bounce', 'delivery' => 'delivery', 'complaint' => 'complaint' )[ $kind ];
				$model[ $email ]                    = self::apply( $model[ $email ], $kind );
			}
		}

		$killed_at = null;
		$restart   = null;
		$log       = $this->faults->deliver_until_acknowledged(
			$lanes,
			function ( int $acked ) use ( &$killed_at, &$restart ): void {
				if ( null === $killed_at && $acked >= self::KILL_AFTER_ACKED ) {
					$this->site->stack_command( 'db-kill' );
					$killed_at = microtime( true );
				} elseif ( null !== $killed_at && null === $restart && microtime( true ) - $killed_at >= self::DOWN_SECONDS ) {
					$restart = $this->faults->stack_command_async( 'db-start' );
				}
			}
		);
		if ( null !== $restart ) {
			$this->assertSame( 0, proc_close( $restart ), 'stack.sh db-start' );
		}
		$this->site->reconnect();

		$this->assertNotNull( $killed_at, 'MariaDB was killed during the stream' );
		$refused = 0;
		$answers = array();
		foreach ( $log as $lane_log ) {
			foreach ( $lane_log as $entry ) {
				$refused += count( array_filter( $entry['attempts'], static fn( $s ) => $s < 200 || $s >= 300 ) );
				$answers[] = (string) ( $entry['answer']['outcome'] ?? '' );
			}
		}
		$this->assertGreaterThan( 0, $refused, 'some deliveries were refused while MariaDB was down (and retried)' );
		fwrite( STDERR, sprintf( "\n[DatabaseCrashTest] %d deliveries, %d refused attempts retried, %d acknowledged as duplicate\n", count( $messages ), $refused, count( array_keys( $answers, 'duplicate', true ) ) ) );

		foreach ( $model as $email => [ $status, $soft ] ) {
			$this->assertContactState( $email, $status, $soft, 'contact state after the crash matches the model' );
		}
		$events = $this->site->table( Site::EVENTS_TABLE );
		$dedup  = $this->site->table( 'quillcrm_bounce_dedup' );
		$history = $this->site->table( 'quillcrm_bounce_recipient_events' );
		foreach ( $messages as $message_id => $outcome ) {
			// Deliveries write no log row (they are counted): each applied
			// message has exactly one recipient row, bounces and complaints
			// also exactly one applied log row.
			$applied = $this->site->rows( "SELECT outcome FROM $events WHERE message_id = ? AND http_status = 200 AND outcome <> 'duplicate'", array( $message_id ) );
			$this->assertSame( 'delivery' === $outcome ? array() : array( array( 'outcome' => $outcome ) ), $applied, "exactly one applied log row for $message_id, none for a delivery" );
			$recipients = $this->site->rows( "SELECT COUNT(*) AS n FROM $history WHERE message_id = ?", array( $message_id ) );
			$this->assertSame( 1, (int) $recipients[0]['n'], "exactly one recipient row for $message_id" );
			$claims = $this->site->rows( "SELECT COUNT(*) AS n FROM $dedup WHERE dedup_key = ?", array( "msg:$message_id" ) );
			$this->assertSame( 1, (int) $claims[0]['n'], "exactly one exactly-once claim for $message_id" );
		}
	}

	/**
	 * The contact rules of php/README.md, as a model.
	 *
	 * @param array{0:string, 1:int} $state
	 * @return array{0:string, 1:int}
	 */
	private static function apply( array $state, string $kind ): array {
		[ $status, $soft ] = $state;
		$suppressed        = in_array( $status, array( 'bounced', 'complained' ), true );
		switch ( $kind ) {
			case 'hard':
				return $suppressed ? $state : array( 'bounced', $soft );
			case 'soft':
				if ( $suppressed ) {
					return $state;
				}
				++$soft;
				return array( $soft >= self::THRESHOLD ? 'bounced' : $status, $soft );
			case 'delivery':
				return $suppressed ? $state : array( $status, 0 );
			case 'complaint':
				return array( 'complained', $soft );
		}
		throw new \LogicException( $kind );
	}
}
