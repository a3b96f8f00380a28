<?php
/**
 * The Amazon SQS queue intake against moto_server: SES events published
 * through moto's SNS (which signs each message with a certificate of its
 * own, SignatureVersion 2, fetched by the extension through the stack's
 * HTTPS front: verified end to end as signed by a third party) into a moto
 * queue, drained by bin/drain.php processes of the real site.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\Bounce\BouncePolicy;
use QuillCRM\Bounce\ContactRules;
use QuillCRM\E2E\AdminPage;
use QuillCRM\E2E\Faults;
use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;
use QuillCRM\E2E\SnsSigner;

final class QueueIntakeTest extends E2eTestCase {
	private const THRESHOLD = 5;

	/** @var array{topic_arn: string, queue_url: string} */
	private static array $aws = array();
	private string $queue = '';

	public static function setUpBeforeClass(): void {
		if ( ! defined( 'ABSPATH' ) ) {
			define( 'ABSPATH', dirname( __DIR__, 3 ) . '/' );
		}
		require_once dirname( __DIR__, 3 ) . '/php/includes/class-bounce-policy.php';
		require_once dirname( __DIR__, 3 ) . '/php/includes/class-contact-rules.php';
	}

	protected function setUp(): void {
		parent::setUp();
		// A fresh topic and queue per test (visibility timeout 3 s, so that
		// what a test leaves comes back quickly): a topic shared by the tests
		// would fan every publish out to every earlier test's queue.
		$this->queue = 'quillcrm-' . bin2hex( random_bytes( 4 ) );
		self::$aws   = $this->aws( 'setup', $this->queue, $this->queue, '3' );
		$this->site->set_option( 'quillcrm_bounce_intake', 'sqs' );
		$this->site->set_option( 'quillcrm_bounce_queue_url', self::$aws['queue_url'] );
		$this->site->set_option( Site::TOPICS_OPTION, array( self::TOPIC, self::$aws['topic_arn'] ) );
		$this->site->exec( 'DELETE FROM ' . $this->site->table( 'options' ) . " WHERE option_name = 'quillcrm_bounce_queue_status'" );
		file_put_contents( (string) $this->site->stack['aws_modes'], '{}' );
	}

	protected function tearDown(): void {
		file_put_contents( (string) $this->site->stack['aws_modes'], '{}' );
		$this->site->set_option( 'quillcrm_bounce_intake', 'webhook' );
		parent::tearDown();
	}

	/** @param list<string> $payloads SES JSON, published through moto's SNS */
	private function publish( array $payloads ): void {
		$file = tempnam( sys_get_temp_dir(), 'ses-' );
		file_put_contents( $file, implode( "\n", $payloads ) . "\n" );
		$this->aws( 'publish', self::$aws['topic_arn'], $file );
		unlink( $file );
	}

	/**
	 * One soft bounce each for $count new contacts, published through moto's SNS.
	 *
	 * @return list<string> The contacts' addresses.
	 */
	private function publish_soft_bounces_to_new_contacts( string $label, int $count ): array {
		$emails = array();
		for ( $i = 0; $i < $count; $i++ ) {
			$emails[] = $this->new_contact( "$label-$i" );
		}
		$this->publish( array_map( array( SesPayload::class, 'transient_bounce' ), $emails ) );
		return $emails;
	}

	/** @param list<string> $bodies written to the queue as they are */
	private function send( array $bodies ): void {
		$file = tempnam( sys_get_temp_dir(), 'sqs-' );
		file_put_contents( $file, implode( "\n", array_map( static fn( string $b ) => json_encode( $b ), $bodies ) ) . "\n" );
		$this->aws( 'send', $this->queue, $file );
		unlink( $file );
	}

	/** @return array{visible: int, in_flight: int} */
	private function depth(): array {
		return $this->aws( 'count', $this->queue );
	}

	/** Starts bin/drain.php as the system cron would; returns the process. */
	private function start_worker( string $slot, int $seconds = 120, bool $until_empty = true, array $more = array(), ?array $php_flags = null ) {
		$command = array_merge(
			array( (string) $this->site->stack['php_cli'] ),
			array_map( 'strval', $php_flags ?? (array) $this->site->stack['php_flags'] ),
			array( $this->site->stack['wp_dir'] . '/wp-content/plugins/quillcrm-bounce/bin/drain.php', "--seconds=$seconds", "--slot=$slot" ),
			$until_empty ? array( '--until-empty' ) : array(),
			$more
		);
		$proc = proc_open( $command, array( 1 => array( 'pipe', 'w' ), 2 => array( 'pipe', 'w' ) ), $pipes );
		$this->assertIsResource( $proc );
		return array( $proc, $pipes );
	}

	/** @return array{exit: int, summary: ?array<string,mixed>, stderr: string} */
	private function finish_worker( array $worker ): array {
		list( $proc, $pipes ) = $worker;
		$out                  = (string) stream_get_contents( $pipes[1] );
		$err                  = (string) stream_get_contents( $pipes[2] );
		$exit                 = proc_close( $proc );
		$lines                = explode( "\n", trim( $out ) );
		return array(
			'exit'    => $exit,
			'summary' => json_decode( (string) end( $lines ), true ),
			'stderr'  => $err . $out,
		);
	}

	private function drain( string $slot = '1' ): array {
		return $this->finish_worker( $this->start_worker( $slot ) );
	}

	/**
	 * Runs a worker while the database refuses $email's history row: until
	 * the queue is empty, or for $seconds of long polls.
	 */
	private function drain_while_refusing( string $email, ?int $seconds = null ): array {
		$table = $this->site->table( 'quillcrm_bounce_recipient_events' );
		$this->site->exec( "CREATE TRIGGER e2e_refuse_recipient BEFORE INSERT ON $table FOR EACH ROW BEGIN IF NEW.address = '$email' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'e2e: refused'; END IF; END" );
		try {
			return null === $seconds ? $this->drain() : $this->finish_worker( $this->start_worker( '1', $seconds, false ) );
		} finally {
			$this->site->exec( 'DROP TRIGGER IF EXISTS e2e_refuse_recipient' );
		}
	}

	/** The SQS calls the front saw since $since (a line count). */
	private function sqs_calls_since( int $since ): array {
		$lines = file( (string) $this->site->stack['aws_calls'], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES ) ?: array();
		return array_map( static fn( string $l ) => json_decode( $l, true ), array_slice( $lines, $since ) );
	}

	private function calls_mark(): int {
		return count( file( (string) $this->site->stack['aws_calls'], FILE_SKIP_EMPTY_LINES ) ?: array() );
	}

	/** The WP-Cron fallback's hook (QueueIntake::CRON_HOOK). */
	private const CRON_HOOK = 'quillcrm_bounce_drain_queue';

	/** When the fallback's event is next due (the site's cron option), or null. */
	private function cron_event_at(): ?int {
		foreach ( (array) $this->site->option( 'cron' ) as $timestamp => $hooks ) {
			if ( is_array( $hooks ) && isset( $hooks[ self::CRON_HOOK ] ) ) {
				return (int) $timestamp;
			}
		}
		return null;
	}

	/**
	 * The plugin schedules its fallback (as saving the intake does), a minute
	 * passes (the event is made due), and WP-Cron runs as a visit triggers
	 * it: GET /wp-cron.php through nginx and php-fpm, which answers first
	 * and works after (fastcgi_finish_request). Returns when that run has
	 * finished: the event rescheduled and WP-Cron's lock released.
	 */
	private function run_wp_cron_when_the_fallback_is_due(): void {
		$this->site->wp_eval( '\QuillCRM\Bounce\QueueIntake::schedule(); return null;' );
		$scheduled = $this->cron_event_at();
		$this->assertNotNull( $scheduled, 'the fallback is scheduled while the intake is the queue' );
		$this->assertLessThanOrEqual( time() + 60, $scheduled, 'every minute' );
		$this->site->wp_eval( 'wp_clear_scheduled_hook( "' . self::CRON_HOOK . '" ); return wp_schedule_event( time() - 1, "quillcrm_bounce_every_minute", "' . self::CRON_HOOK . '" );' );
		$due = (int) $this->cron_event_at();

		$this->assertSame( 200, $this->site->request( 'GET', $this->site->url( '/wp-cron.php' ) )['status'] );

		$deadline = microtime( true ) + 60;
		while ( ( ( $this->cron_event_at() ?? 0 ) <= $due || null !== $this->site->option( '_transient_doing_cron' ) ) && microtime( true ) < $deadline ) {
			usleep( 200000 );
		}
		$this->assertGreaterThan( $due, (int) $this->cron_event_at(), 'WP-Cron ran the event and scheduled the next one' );
		$this->assertNull( $this->site->option( '_transient_doing_cron' ), 'WP-Cron finished within 60 s' );
	}

	/**
	 * @return array<string, array{?int}>
	 */
	public function noSystemCron(): array {
		return array(
			'no system cron ever pulled'                 => array( null ),
			'the system cron last pulled 3 minutes ago' => array( 180 ),
		);
	}

	/**
	 * @dataProvider noSystemCron
	 */
	public function testWpCronDrainsTheQueueWhenNoSystemCronRuns( ?int $last_cli_pull_ago ): void {
		if ( null !== $last_cli_pull_ago ) {
			$this->site->set_option(
				'quillcrm_bounce_queue_status',
				array(
					'last_pull_at'    => time() - $last_cli_pull_ago,
					'last_success_at' => time() - $last_cli_pull_ago,
					'last_via'        => 'cli',
				)
			);
		}
		$email = $this->new_contact( 'q-wp-cron' );
		$this->publish( array( SesPayload::permanent_bounce( $email ) ) );

		$this->run_wp_cron_when_the_fallback_is_due();

		$this->assertContactState( $email, 'bounced', 0, 'applied by the WP-Cron fallback' );
		$this->assertSame( array( 'visible' => 0, 'in_flight' => 0 ), $this->depth() );
		$this->assertSame( 'cron', $this->site->option( 'quillcrm_bounce_queue_status' )['last_via'] ?? null );
	}

	public function testWpCronStandsBackWhileTheSystemCronRuns(): void {
		$run = $this->drain(); // The system cron's run of a minute ago: nothing to take.
		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$email = $this->new_contact( 'q-system-cron' );
		$this->publish( array( SesPayload::permanent_bounce( $email ) ) );
		$mark = $this->calls_mark();

		$this->run_wp_cron_when_the_fallback_is_due();

		$this->assertSame( array(), array_filter( $this->sqs_calls_since( $mark ), static fn( array $c ) => 'AmazonSQS.ReceiveMessage' === $c['target'] ), 'WP-Cron did not pull' );
		$this->assertSame( 1, $this->depth()['visible'], 'the message waits for the system cron' );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testTwoThousandEventsDrainedByThreeWorkersAtOnceMatchTheModelAndEmptyTheQueue(): void {
		$this->site->set_option( Site::THRESHOLD_OPTION, (string) self::THRESHOLD );
		$contacts = array();
		$events   = array(); // [email, class, payload]
		$add      = function ( string $label, string $status = 'subscribed', int $soft = 0 ) use ( &$contacts ): string {
			$email              = $this->new_contact( $label, $status, $soft );
			$contacts[ $email ] = array( $status, $soft );
			return $email;
		};
		for ( $i = 0; $i < 150; $i++ ) { // Shared contacts: 8 soft bounces each.
			$email = $add( "q-hot-$i" );
			for ( $j = 0; $j < 8; $j++ ) {
				$events[] = array( $email, 'soft', SesPayload::transient_bounce( $email ) );
			}
		}
		for ( $i = 0; $i < 200; $i++ ) {
			$email    = $add( "q-hard-$i" );
			$events[] = array( $email, 'hard', SesPayload::permanent_bounce( $email ) );
		}
		for ( $i = 0; $i < 100; $i++ ) {
			$email    = $add( "q-race-$i" );
			$events[] = array( $email, 'complaint', SesPayload::complaint( $email ) );
			$events[] = array( $email, 'hard', SesPayload::permanent_bounce( $email ) );
		}
		for ( $i = 0; $i < 200; $i++ ) {
			$email    = $add( "q-reset-$i", 'subscribed', 2 );
			$events[] = array( $email, 'delivery', SesPayload::delivery( $email ) );
		}
		for ( $i = 0; $i < 100; $i++ ) {
			$email    = Site::unique_email( "q-unknown-$i" );
			$events[] = array( $email, 'hard', SesPayload::permanent_bounce( $email ) );
		}
		$payloads = array_column( $events, 2 );
		// 100 duplicates: the same SES event published again (another SNS
		// MessageId, the same SES feedbackId: a duplicate by its fb: key).
		$duplicates = array_slice( array_filter( $payloads, static fn( string $p ) => str_contains( $p, '"Bounce"' ) ), 0, 100 );
		$all        = array_merge( $payloads, $duplicates );
		$this->assertCount( 2000, $all );
		mt_srand( 20261130 );
		shuffle( $all );
		$this->publish( $all );
		$this->assertSame( 2000, $this->depth()['visible'] );

		$workers = array();
		foreach ( array( 'a', 'b', 'c' ) as $slot ) {
			$workers[] = $this->start_worker( $slot, 240 );
		}
		$received = 0;
		foreach ( $workers as $worker ) {
			$run = $this->finish_worker( $worker );
			$this->assertSame( 0, $run['exit'], $run['stderr'] );
			$received += (int) $run['summary']['received'];
		}
		$this->assertSame( array( 'visible' => 0, 'in_flight' => 0 ), $this->depth(), 'the queue is empty' );
		$this->assertGreaterThanOrEqual( 2000, $received );

		$model    = array();
		$settings = array(
			'threshold'        => self::THRESHOLD,
			'window_days'      => 0,
			'now'              => time(),
			'complaint_action' => 'complained',
		);
		foreach ( $contacts as $email => $seeded ) {
			$model[ $email ] = array(
				'status'                => $seeded[0],
				'soft_bounce_count'     => $seeded[1],
				'soft_sent_at'          => array(),
				'last_delivery_sent_at' => null,
			);
		}
		foreach ( $events as list( $email, $class, $payload ) ) {
			if ( isset( $model[ $email ] ) ) {
				$ses             = json_decode( $payload, true );
				$effect          = BouncePolicy::effect( array( 'class' => $class ), array( 'bounce_type' => $ses['bounce']['bounceType'] ?? null, 'bounce_sub_type' => $ses['bounce']['bounceSubType'] ?? null ), BouncePolicy::DEFAULTS );
				$decision        = ContactRules::decide( $model[ $email ], $effect + array( 'sent_at' => ContactRules::send_time( $ses['mail']['timestamp'] ) ), $settings );
				$model[ $email ] = array_intersect_key( $decision, $model[ $email ] );
			}
		}
		foreach ( $model as $email => $state ) {
			$this->assertContactState( $email, $state['status'], $state['soft_bounce_count'], 'the model of the plugin\'s rules' );
		}
		// This test's keys only (fb:<feedbackId>:<address>): an earlier run on
		// the same site left keys of its own addresses.
		$ours = array_flip( array_column( $events, 0 ) );
		$keys = array_filter(
			array_column( $this->site->rows( 'SELECT dedup_key FROM ' . $this->site->table( 'quillcrm_bounce_dedup' ) . " WHERE dedup_key LIKE 'fb:%'" ), 'dedup_key' ),
			static fn( string $key ) => isset( $ours[ substr( $key, strrpos( $key, ':' ) + 1 ) ] )
		);
		$this->assertCount( 1900 - 200, $keys, 'one fb: key per bounce and complaint recipient (deliveries have none)' );
	}

	public function testARefusedMessageWhoseLogRowCannotBeWrittenStaysInTheQueue(): void {
		$this->send( array( "\x00garbage{" ) );
		$log = $this->site->table( 'quillcrm_bounce_events' );
		$this->site->exec( "RENAME TABLE $log TO {$log}_aside" );
		try {
			$run = $this->drain();
		} finally {
			$this->site->exec( "RENAME TABLE {$log}_aside TO $log" );
		}

		$this->assertSame( array( 0, 1 ), array( $run['summary']['deleted'] ?? null, $run['summary']['left'] ?? null ), $run['stderr'] );
		$this->assertSame( 1, array_sum( $this->depth() ), 'it stays, to be logged when it comes back' );
	}

	public function testForgedWrongTopicRawAndGarbageMessagesAreLoggedDeletedAndApplyNothing(): void {
		$email    = $this->new_contact( 'q-hostile' );
		$signer   = new SnsSigner( $this->site->pki( 'signing.key' ) );
		$genuine  = $signer->notification( self::TOPIC, SesPayload::permanent_bounce( $email ) );
		$forged   = $genuine;
		$forged['Message'] = SesPayload::permanent_bounce( $this->new_contact( 'q-forged-target' ) );
		$other    = $signer->notification( self::OTHER_TOPIC, SesPayload::permanent_bounce( $email ) );
		$this->send(
			array(
				SnsSigner::body( $forged ),
				SnsSigner::body( $other ),
				SesPayload::permanent_bounce( $email ), // Raw message delivery on.
				"\x00garbage{",
			)
		);

		$run = $this->drain();

		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertSame( 4, $run['summary']['deleted'], 'never valid: deleted' );
		$this->assertSame( 0, $run['summary']['applied'] );
		$this->assertSame( array( 'visible' => 0, 'in_flight' => 0 ), $this->depth() );
		$this->assertContactState( $email, 'subscribed', 0, 'nothing applied' );
		$codes = array_column( $this->site->rows( 'SELECT error_code FROM ' . $this->site->table( 'quillcrm_bounce_events' ) . ' ORDER BY id DESC LIMIT 4' ), 'error_code' );
		sort( $codes );
		$this->assertSame( array( 'invalid_signature', 'malformed_body', 'raw_message_delivery', 'topic_not_allowed' ), $codes );
	}

	/**
	 * @return array<string, array{string, string, string}>
	 */
	public function faults(): array {
		return array(
			'bad credentials' => array( 'bad-credentials', 'aws_bad_credentials', 'critical' ),
			'access denied'   => array( 'denied', 'aws_access_denied', 'critical' ),
			'throttling'      => array( 'throttle', 'aws_throttled', 'recommended' ),
			'AWS 5xx'         => array( 'unavailable', 'aws_unavailable', 'recommended' ),
			'unreachable'     => array( 'reset', 'aws_unreachable', 'recommended' ),
		);
	}

	/**
	 * @dataProvider faults
	 */
	public function testAnAwsFaultIsShownWithItsFixAndNothingIsDeleted( string $mode, string $code, string $health ): void {
		$email = $this->new_contact( 'q-fault' );
		$this->publish( array( SesPayload::permanent_bounce( $email ) ) );
		file_put_contents( (string) $this->site->stack['aws_modes'], json_encode( array( 'sqs' => $mode ) ) );
		$mark = $this->calls_mark();

		$run = $this->drain();

		$this->assertSame( 1, $run['exit'], $run['stderr'] );
		$this->assertSame( $code, $run['summary']['error'] );
		$this->assertSame( array(), array_filter( $this->sqs_calls_since( $mark ), static fn( array $c ) => 'AmazonSQS.DeleteMessageBatch' === $c['target'] ), 'nothing deleted' );
		$this->assertContactState( $email, 'subscribed', 0 );
		$result = $this->site->site_health( 'quillcrm_bounce_queue' );
		$this->assertSame( $health, $result['status'] );
		$this->assertStringContainsString( $code, $result['description'] );
		$page = $this->site->request( 'GET', $this->site->settings_url(), '', array(), $this->site->admin_cookie_jar() );
		$this->assertStringContainsString( 'data-error="' . $code . '"', $page['body'] );

		file_put_contents( (string) $this->site->stack['aws_modes'], '{}' );
		$run = $this->drain();
		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertContactState( $email, 'bounced', 0, 'applied once the fault is gone' );
		$this->assertSame( 'good', $this->site->site_health( 'quillcrm_bounce_queue' )['status'] );
	}

	public function testAFailedRunRecordsWhereItsOwnCredentialsCameFrom(): void {
		$this->drain();
		$source = $this->site->option( 'quillcrm_bounce_queue_status' )['credentials_source'] ?? null;
		$this->assertNotNull( $source );
		$status                       = $this->site->option( 'quillcrm_bounce_queue_status' );
		$status['credentials_source'] = 'given' === $source ? 'environment' : 'given'; // An earlier run's.
		$this->site->set_option( 'quillcrm_bounce_queue_status', $status );
		file_put_contents( (string) $this->site->stack['aws_modes'], json_encode( array( 'sqs' => 'bad-credentials' ) ) );

		$run = $this->drain();

		$this->assertSame( 'aws_bad_credentials', $run['summary']['error'] ?? null, $run['stderr'] );
		$this->assertSame( $source, $this->site->option( 'quillcrm_bounce_queue_status' )['credentials_source'] ?? null );
	}

	public function testAppliedMessagesTheQueueDidNotDeleteAreLoggedAndComeBackAsDuplicates(): void {
		$email = $this->new_contact( 'q-undeleted' );
		$this->publish( array( SesPayload::permanent_bounce( $email ) ) );
		file_put_contents( (string) $this->site->stack['aws_modes'], json_encode( array( 'sqs' => 'delete-fails' ) ) );
		$log  = (string) $this->site->stack['debug_log'];
		$mark = is_file( $log ) ? (int) filesize( $log ) : 0;

		$run = $this->drain();

		$this->assertStringContainsString( '1 messages this run was done with could not be deleted from the queue ("ReceiptHandleIsInvalid")', (string) file_get_contents( $log, false, null, $mark ), $run['stderr'] );
		$this->assertSame( array( 1, 0 ), array( $run['summary']['applied'] ?? null, $run['summary']['deleted'] ?? null ) );
		$this->assertContactState( $email, 'bounced', 0 );
		file_put_contents( (string) $this->site->stack['aws_modes'], '{}' );
		sleep( 4 ); // The queue's visibility timeout is 3 s.
		$again = $this->drain();
		$this->assertSame( array( 0, 1 ), array( $again['summary']['applied'] ?? null, $again['summary']['deleted'] ?? null ), 'a duplicate, deleted' );
		$this->assertSame( 0, array_sum( $this->depth() ) );
	}

	public function testAKilledWorkersMessagesReturnAndAreAppliedOnce(): void {
		$emails = $this->publish_soft_bounces_to_new_contacts( 'q-kill', 10 );
		// The worker waits on a row lock of the first contact the test holds,
		// mid-batch; then it is killed.
		$db = new \mysqli( (string) $this->site->stack['db_host'], (string) $this->site->stack['db_user'], (string) $this->site->stack['db_password'], (string) $this->site->stack['db_name'], (int) $this->site->stack['db_port'] );
		$db->query( 'START TRANSACTION' );
		$db->query( 'SELECT id FROM ' . $this->site->table( Site::CONTACTS_TABLE ) . " WHERE email IN ('" . implode( "','", $emails ) . "') FOR UPDATE" );
		$worker = $this->start_worker( 'kill' );
		$deadline = microtime( true ) + 20;
		while ( microtime( true ) < $deadline && 0 === $this->depth()['in_flight'] ) {
			usleep( 100000 );
		}
		usleep( 500000 );
		$status = proc_get_status( $worker[0] );
		posix_kill( $status['pid'], SIGKILL );
		$this->finish_worker( $worker );
		$db->query( 'ROLLBACK' );
		$db->close();

		sleep( 4 ); // The queue's visibility timeout is 3 s.
		$run = $this->drain();

		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertSame( array( 'visible' => 0, 'in_flight' => 0 ), $this->depth() );
		foreach ( $emails as $email ) {
			$this->assertContactState( $email, 'subscribed', 1, 'applied exactly once' );
		}
	}

	public function testAListenersFatalErrorLosesTheActionsOfNoOtherMessageOfItsBatch(): void {
		$emails = array( $this->new_contact( 'q-fatal-0' ), $this->new_contact( 'q-fatal-1' ), $this->new_contact( 'q-fatal-2' ) );
		$this->publish( array_map( array( SesPayload::class, 'permanent_bounce' ), $emails ) );
		$content = $this->site->stack['wp_dir'] . '/wp-content/';
		touch( $content . 'e2e-fatal-listener' ); // The test site's mu-plugin: a listener of hard_bounced ends the process.
		try {
			$dead = $this->drain();
		} finally {
			unlink( $content . 'e2e-fatal-listener' );
		}
		file_put_contents( $content . 'e2e-contact-actions', '' ); // Recorded by the mu-plugin e2e-hooks.php.
		try {
			sleep( 4 ); // The queue's visibility timeout is 3 s.
			$run     = $this->drain();
			$actions = file( $content . 'e2e-contact-actions', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES ) ?: array();
		} finally {
			unlink( $content . 'e2e-contact-actions' );
		}

		$this->assertNotSame( 0, $dead['exit'], 'the listener ended the first run: ' . $dead['stderr'] );
		$this->assertSame( array( 'visible' => 0, 'in_flight' => 0 ), $this->depth(), $run['stderr'] );
		foreach ( $emails as $email ) {
			$this->assertContactState( $email, 'bounced', 0, 'applied once' );
		}
		// The message whose listener failed was committed before it; each of
		// the other two was still in the queue, and fires its action now.
		$this->assertCount( 2, $actions, 'the two messages after the failed listener: ' . implode( "\n", $actions ) );
		$this->assertSame( 2, $run['summary']['applied'] ?? null, $run['stderr'] );
	}

	public function testANotificationTheDatabaseRefusesIsLeftWhileTheRestOfItsBatchIsApplied(): void {
		$emails  = $this->publish_soft_bounces_to_new_contacts( 'q-refused', 5 );
		$refused = $emails[2];

		$run = $this->drain_while_refusing( $refused );

		$this->assertSame( array( 4, 4, 1 ), array( $run['summary']['applied'] ?? null, $run['summary']['deleted'] ?? null, $run['summary']['left'] ?? null ), $run['stderr'] );
		foreach ( $emails as $email ) {
			$this->assertContactState( $email, 'subscribed', $email === $refused ? 0 : 1, 'the batch was rolled back and applied message by message' );
		}
		$this->assertSame( 1, array_sum( $this->depth() ), 'the refused one stays, to be applied when it comes back' );
		$page = $this->site->request( 'GET', $this->site->settings_url(), '', array(), $this->site->admin_cookie_jar() );
		$this->assertStringContainsString( '4 applied, 4 deleted, 1 left in the queue', (string) AdminPage::text( $page['body'], 'quillcrm-queue-table' ), 'the page shows the last run' );
	}

	public function testAMessageLeftAgainIsHeldBackTwiceAsLongEachTime(): void {
		$email = $this->new_contact( 'q-held' );
		$this->publish( array( SesPayload::transient_bounce( $email ) ) );
		$mark = $this->calls_mark();

		// Visibility 3 s: received at about 0 s (left), 3 s (held 6 s), 9 s (held 12 s).
		$run = $this->drain_while_refusing( $email, 20 );

		$holds = array_values( array_map( static fn( array $c ) => $c['visibility'], array_filter( $this->sqs_calls_since( $mark ), static fn( array $c ) => 'AmazonSQS.ChangeMessageVisibilityBatch' === $c['target'] ) ) );
		$this->assertGreaterThanOrEqual( 2, count( $holds ), $run['stderr'] );
		$this->assertSame( array( array( 6 ), array( 12 ) ), array_slice( $holds, 0, 2 ), 'not held at its first receive, then twice the visibility timeout each time' );
		$this->assertSame( 0, $run['summary']['applied'] ?? null );
		$this->assertSame( 1, array_sum( $this->depth() ), 'still in the queue' );
	}

	public function testMessagesTheRedrivePolicyMovesToTheDeadLetterQueueAreShownWithTheirFix(): void {
		$dead = $this->queue . '-dlq';
		$this->aws( 'queue', $dead, '3' );
		$this->aws( 'queue-attr', $this->queue, 'RedrivePolicy', json_encode( array( 'deadLetterTargetArn' => "arn:aws:sqs:eu-central-1:123456789012:$dead", 'maxReceiveCount' => '2' ) ) );
		$email = $this->new_contact( 'q-dead' );
		$this->publish( array( SesPayload::transient_bounce( $email ) ) );

		// Received at about 0 s and 3 s, left both times: its next receive moves it.
		$run = $this->drain_while_refusing( $email, 8 );

		$this->assertSame( 2, $run['summary']['left'] ?? null, $run['stderr'] );
		$result = $this->site->site_health( 'quillcrm_bounce_queue' );
		$this->assertSame( 'recommended', $result['status'] );
		$this->assertStringContainsString( 'queue_dead_lettered', $result['description'] );
		$this->assertStringContainsString( "1 message this site could not apply had been received as often as the queue's redrive policy allows (2 times): Amazon SQS moves it to the dead-letter queue $dead", html_entity_decode( $result['description'], ENT_QUOTES ) );
		$page = $this->site->request( 'GET', $this->site->settings_url(), '', array(), $this->site->admin_cookie_jar() );
		$this->assertStringContainsString( 'data-error="queue_dead_lettered"', $page['body'] );
		$this->assertStringContainsString( 'Start DLQ redrive', $page['body'], 'the fix' );

		$this->drain();
		$this->assertSame( 'recommended', $this->site->site_health( 'quillcrm_bounce_queue' )['status'], 'shown after later runs too' );
	}

	public function testAWorkerThatStoppedIsReportedBeforeMessagesMovedToTheDeadLetterQueue(): void {
		$this->site->set_option(
			'quillcrm_bounce_queue_status',
			array(
				'last_success_at'      => time() - 3600,
				'dead_lettered'        => 1,
				'dead_lettered_at'     => time() - 3600,
				'dead_letter_queue'    => 'dlq',
				'dead_letter_receives' => 5,
			)
		);

		$this->assertStringContainsString( 'queue_worker_silent', $this->site->site_health( 'quillcrm_bounce_queue' )['description'] );
	}

	public function testBeforeAnyRunThePageShowsNoLastRunCounts(): void {
		$page = $this->site->request( 'GET', $this->site->settings_url(), '', array(), $this->site->admin_cookie_jar() );

		$this->assertStringContainsString( 'The last run—Queue retention', (string) AdminPage::text( $page['body'], 'quillcrm-queue-table' ) );
	}

	public function testTheContactActionsOfQueuedMessagesFireAfterTheirCommitOnceEach(): void {
		$hard = array( $this->new_contact( 'q-actions-hard-0' ), $this->new_contact( 'q-actions-hard-1' ) );
		$soft = array( $this->new_contact( 'q-actions-soft-0' ), $this->new_contact( 'q-actions-soft-1' ) );
		$this->publish( array_merge( array_map( array( SesPayload::class, 'permanent_bounce' ), $hard ), array_map( array( SesPayload::class, 'transient_bounce' ), $soft ) ) );
		$file = $this->site->stack['wp_dir'] . '/wp-content/e2e-contact-actions';
		file_put_contents( $file, '' ); // Read by the test site's mu-plugin e2e-hooks.php.
		try {
			$run   = $this->drain();
			$lines = array_map( static fn( string $l ) => json_decode( $l, true ), file( $file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES ) ?: array() );
		} finally {
			unlink( $file );
		}

		$this->assertSame( 4, $run['summary']['applied'] ?? null, $run['stderr'] );
		$seen = array();
		foreach ( $lines as $line ) {
			$seen[ $line['action'] . ' ' . $line['email'] ] = $line['committed'];
		}
		ksort( $seen );
		$this->assertCount( 4, $lines, 'one action per contact' );
		$this->assertSame(
			array(
				"hard_bounced {$hard[0]}" => array( 'status' => 'bounced', 'soft_bounce_count' => '0' ),
				"hard_bounced {$hard[1]}" => array( 'status' => 'bounced', 'soft_bounce_count' => '0' ),
				"soft_bounced {$soft[0]}" => array( 'status' => 'subscribed', 'soft_bounce_count' => '1' ),
				"soft_bounced {$soft[1]}" => array( 'status' => 'subscribed', 'soft_bounce_count' => '1' ),
			),
			$seen,
			'each action sees its change committed (read by another connection)'
		);
	}

	public function testAfterABatchTooLargeToReadTheNextRunsTakeOneMessageAtATimeUntilThatBatchIsBack(): void {
		$emails = $this->publish_soft_bounces_to_new_contacts( 'q-narrow', 12 );
		// Every answer of more than one message is padded past what the
		// extension reads of a batch (its messages stay in flight at moto).
		file_put_contents( (string) $this->site->stack['aws_modes'], json_encode( array( 'sqs' => 'oversized' ) ) );
		$mark = $this->calls_mark();

		// The first run takes the other 2 and ends at its first empty
		// receive, while the unread batch is still invisible (the queue's
		// visibility timeout is 3 s), as a WP-Cron run would; the next one
		// starts after the batch is back.
		$first = $this->drain( 'narrow' );
		$page  = $this->site->request( 'GET', $this->site->settings_url(), '', array(), $this->site->admin_cookie_jar() );
		sleep( 4 );
		$second = $this->drain( 'narrow' );

		$this->assertSame( array( 0, 0 ), array( $first['exit'], $second['exit'] ), $first['stderr'] . $second['stderr'] );
		$this->assertSame( array( 2, 10 ), array( $first['summary']['applied'] ?? null, $second['summary']['applied'] ?? null ), 'the batch of 10 was applied by the second run' );
		$this->assertSame( array( 'visible' => 0, 'in_flight' => 0 ), $this->depth() );
		$receives = array_values( array_filter( $this->sqs_calls_since( $mark ), static fn( array $c ) => 'AmazonSQS.ReceiveMessage' === $c['target'] ) );
		$padded   = array_keys( array_filter( $receives, static fn( array $c ) => true === $c['padded'] ) );
		$this->assertSame( array( 0 ), $padded, 'one unread batch, the first receive; not another when it came back' );
		$this->assertSame( array( 1 ), array_values( array_unique( array_column( array_slice( $receives, 1 ), 'max' ) ) ), 'one message per receive after it, in both runs' );
		$this->assertStringContainsString( 'One message per receive until', $page['body'], 'the page says so meanwhile' );
		foreach ( $emails as $email ) {
			$this->assertContactState( $email, 'subscribed', 1, 'applied exactly once' );
		}
	}

	public function testARunAlreadyGoingNarrowsWhenAnotherRunNarrowedAndKeepsThatTimeInTheStatus(): void {
		$mark     = $this->calls_mark();
		$worker   = $this->start_worker( 'narrow-elsewhere', 20, false );
		$calls    = fn( string $target ): array => array_values( array_filter( $this->sqs_calls_since( $mark ), static fn( array $c ) => $target === $c['target'] ) );
		$receives = fn(): array => $calls( 'AmazonSQS.ReceiveMessage' );
		// The front logs a call when moto has answered: GetQueueAttributes
		// comes right before the first receive, a long poll still waiting.
		Faults::wait_until( static fn(): bool => array() !== $calls( 'AmazonSQS.GetQueueAttributes' ), 30, 'the run\'s start' );
		sleep( 1 );
		// What another slot writes after a batch too large to read.
		$status                 = (array) $this->site->option( 'quillcrm_bounce_queue_status' );
		$status['narrow_until'] = time() + 600;
		$this->site->set_option( 'quillcrm_bounce_queue_status', $status );
		$this->publish( array( SesPayload::permanent_bounce( $this->new_contact( 'q-narrow-elsewhere' ) ) ) );

		$run = $this->finish_worker( $worker );

		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertSame( 1, $run['summary']['applied'] ?? null );
		$max = array_column( $receives(), 'max' );
		$this->assertSame( array( 10, 1 ), array( $max[0], end( $max ) ), 'ten before the other run narrowed, one after' );
		$this->assertSame( $status['narrow_until'], (int) ( $this->site->option( 'quillcrm_bounce_queue_status' )['narrow_until'] ?? 0 ), 'the run\'s own status writes kept it' );
	}

	public function testATopicAcceptedWhileARunIsGoingCountsForThatRun(): void {
		$this->site->set_option( Site::TOPICS_OPTION, array( self::TOPIC ) ); // Not yet the queue's topic.
		$mark   = $this->calls_mark();
		$worker = $this->start_worker( 'topic-accepted-meanwhile', 12, false );
		Faults::wait_until( fn(): bool => array() !== array_filter( $this->sqs_calls_since( $mark ), static fn( array $c ) => 'AmazonSQS.GetQueueAttributes' === $c['target'] ), 30, 'the run\'s start' );
		$email = $this->new_contact( 'q-topic-meanwhile' );

		// As "Set up in AWS" does for the topic it made, during the long poll.
		$this->site->set_option( Site::TOPICS_OPTION, array( self::TOPIC, self::$aws['topic_arn'] ) );
		$this->publish( array( SesPayload::permanent_bounce( $email ) ) );
		$run = $this->finish_worker( $worker );

		$this->assertSame( 1, $run['summary']['applied'] ?? null, $run['stderr'] );
		$this->assertContactState( $email, 'bounced', 0 );
	}

	public function testARunWhoseDatabaseConnectionWasKilledStopsInsteadOfGoingOnWithoutItsLock(): void {
		$mark   = $this->calls_mark();
		$worker = $this->start_worker( 'killed-connection', 40, false );
		Faults::wait_until( fn(): bool => array() !== array_filter( $this->sqs_calls_since( $mark ), static fn( array $c ) => 'AmazonSQS.GetQueueAttributes' === $c['target'] ), 30, 'the run\'s start' );
		$lock   = (string) $this->site->wp_eval( 'return \\QuillCRM\\Bounce\\Schema::lock_name( "drain", gethostname() . "|killed-connection" );' );
		$holder = (int) $this->site->rows( 'SELECT IS_USED_LOCK(?) AS id', array( $lock ) )[0]['id'];
		$this->assertGreaterThan( 0, $holder, 'the run holds its lock' );
		$this->site->exec( "KILL CONNECTION $holder" ); // A restart, or wait_timeout, as the run sees it.
		$started = microtime( true );
		$this->publish( array( SesPayload::permanent_bounce( $this->new_contact( 'q-killed-connection' ) ) ) ); // Ends the long poll.

		$run = $this->finish_worker( $worker );

		$this->assertSame( array( 'failed', 'queue_lock_lost' ), array( $run['summary']['outcome'] ?? null, $run['summary']['error'] ?? null ), $run['stderr'] );
		$this->assertLessThan( 25, microtime( true ) - $started, 'it stopped, not at the end of its 40 s' );
	}

	public function testAFifoQueueIsRefusedWithTheReasonAndTheIntakeStaysAsItWas(): void {
		$admin  = new AdminPage( $this->site );
		$before = $this->site->option( 'quillcrm_bounce_queue_url' );

		$r = $admin->post( $admin->settings(), 'quillcrm_bounce_save_intake', array( 'quillcrm_intake' => 'sqs', 'quillcrm_queue_url' => 'https://sqs.eu-central-1.amazonaws.com/123456789012/feedback.fifo' ) );

		$this->assertStringContainsString( 'intake_invalid_queue_url', (string) ( $r['headers']['location'] ?? '' ) );
		$this->assertSame( $before, $this->site->option( 'quillcrm_bounce_queue_url' ) );
		$this->assertStringContainsString( 'not FIFO', (string) AdminPage::text( $admin->settings( 'quillcrm_bounce_notice=intake_invalid_queue_url' ), 'quillcrm-intake-error' ) );
	}

	public function testTheReplayWindowFollowsTheQueuesRetention(): void {
		$signer = new SnsSigner( $this->site->pki( 'signing.key' ) );
		$email  = $this->new_contact( 'q-retention' );
		// Signed two days ago: older than a one-day queue keeps a message
		// (with the hour SNS may take), younger than a three-day one.
		$body = SnsSigner::body( $signer->notification( self::TOPIC, SesPayload::permanent_bounce( $email ), null, '2', array( 'Timestamp' => SnsSigner::timestamp( time() - 2 * 86400 ) ) ) );

		$this->aws( 'queue-attr', $this->queue, 'MessageRetentionPeriod', '86400' );
		$this->send( array( $body ) );
		$run = $this->drain();

		$this->assertSame( array( 1, 0 ), array( $run['summary']['deleted'], $run['summary']['applied'] ), $run['stderr'] );
		$this->assertContactState( $email, 'subscribed', 0, 'stale for a queue that keeps messages a day' );
		$this->assertSame( 'stale_message', $this->site->rows( 'SELECT error_code FROM ' . $this->site->table( 'quillcrm_bounce_events' ) . ' ORDER BY id DESC LIMIT 1' )[0]['error_code'] );

		$this->aws( 'queue-attr', $this->queue, 'MessageRetentionPeriod', '259200' );
		$this->send( array( $body ) );
		$run = $this->drain();

		$this->assertSame( 1, $run['summary']['applied'], $run['stderr'] );
		$this->assertContactState( $email, 'bounced', 0, 'in the window of a queue that keeps messages three days' );
	}

	public function testAWorkerWhoseClockIsSixMinutesBehindAwsAppliesAFreshBounceInsteadOfDeletingItAsStale(): void {
		// AWS's clock six minutes ahead of the site's: a second moto and its
		// HTTPS front run under libfaketime (the site's PHP cannot be moved:
		// PHP loads extensions with RTLD_DEEPBIND, past LD_PRELOAD).
		$aws = $this->aws_ahead( '+6m' );
		try {
			$queue = 'quillcrm-ahead-' . bin2hex( random_bytes( 4 ) );
			$setup = $this->aws_at( $aws['moto_port'], 'setup', $queue, $queue, '3' );
			$this->site->set_option( 'quillcrm_bounce_queue_url', $setup['queue_url'] );
			$this->site->set_option( Site::TOPICS_OPTION, array( self::TOPIC, $setup['topic_arn'] ) );
			$email = $this->new_contact( 'q-slow-clock' );
			$file  = tempnam( sys_get_temp_dir(), 'ses-' );
			file_put_contents( $file, SesPayload::permanent_bounce( $email ) . "\n" );
			$this->aws_at( $aws['moto_port'], 'publish', $setup['topic_arn'], $file );
			unlink( $file );

			$run = $this->finish_worker( $this->start_worker( 'slow-clock', 60, true, array(), $aws['flags'] ) );

			$this->assertSame( 0, $run['exit'], $run['stderr'] );
			$this->assertContactState( $email, 'bounced', 0, 'applied, not refused as "in the future" and deleted' );
		} finally {
			foreach ( $aws['processes'] as $process ) {
				proc_terminate( $process );
				proc_close( $process );
			}
		}
	}

	/**
	 * moto and its HTTPS front with a clock $offset ahead (libfaketime), on
	 * free ports; the worker's php -d flags that send the SNS and SQS hosts of
	 * eu-central-1 there.
	 *
	 * @return array{moto_port: int, flags: list<string>, processes: list<resource>}
	 */
	private function aws_ahead( string $offset ): array {
		$bin       = dirname( __DIR__ ) . '/bin';
		$env       = array( 'PYTHONPATH' => dirname( __DIR__ ) . '/pylib', 'PATH' => (string) getenv( 'PATH' ) );
		$moto_port = self::free_port();
		$front     = self::free_port();
		$null      = array( 1 => array( 'file', '/dev/null', 'w' ), 2 => array( 'file', '/dev/null', 'w' ) );
		$processes = array(
			// libfaketime preloaded into python itself (the faketime wrapper would
			// be the process proc_terminate() stops, leaving python behind);
			// wall clock only: a moved monotonic clock makes Python's timed waits
			// (moto's long poll) last minutes.
			proc_open( array( 'python3', "$bin/moto-server.py", '-H', '127.0.0.1', '-p', (string) $moto_port ), $null, $pipes, null, $env + array( 'LD_PRELOAD' => self::libfaketime(), 'FAKETIME' => $offset, 'FAKETIME_DONT_FAKE_MONOTONIC' => '1' ) ),
			proc_open( array( 'python3', "$bin/aws-front.py", '--port', (string) $front, '--moto-port', (string) $moto_port, '--tls-cert', $this->site->pki( 'tls-aws.pem' ), '--tls-key', $this->site->pki( 'tls-aws.key' ), '--log', '/dev/null', '--modes', '/dev/null' ), $null, $pipes, null, $env ),
		);
		Faults::wait_until( static fn(): bool => false !== @file_get_contents( "http://127.0.0.1:$moto_port/moto-api/" ), 30, 'the second moto_server' );
		Faults::wait_until( static fn(): bool => is_resource( @fsockopen( '127.0.0.1', $front ) ), 10, 'its HTTPS front' );
		$flags = array();
		foreach ( (array) $this->site->stack['php_flags'] as $flag ) {
			$flags[] = (string) preg_replace( '/((?:sns|sqs)\.eu-central-1\.amazonaws\.com:443:127\.0\.0\.1:)\d+/', '${1}' . $front, (string) $flag );
		}
		return array(
			'moto_port' => $moto_port,
			'flags'     => $flags,
			'processes' => $processes,
		);
	}

	/** Debian's libfaketime (package faketime, which build.sh installs). */
	private static function libfaketime(): string {
		$found = glob( '/usr/lib/*/faketime/libfaketime.so.1' ) ?: array();
		if ( array() === $found ) {
			throw new \RuntimeException( 'libfaketime.so.1 not found: install the Debian package faketime (./build.sh deps)' );
		}
		return $found[0];
	}

	private static function free_port(): int {
		$server = stream_socket_server( 'tcp://127.0.0.1:0' );
		$port   = (int) substr( (string) strrchr( (string) stream_socket_get_name( $server, false ), ':' ), 1 );
		fclose( $server );
		return $port;
	}

	public function testTheWorkerPrunesTheLogAsTheWebhookDoesAtEvery200thRow(): void {
		// Under the queue intake with DISABLE_WP_CRON and only the cron line, nothing else prunes.
		$events = $this->site->table( Site::EVENTS_TABLE );
		$this->site->exec( "INSERT INTO $events (received_at, http_status, outcome, detail) VALUES (UTC_TIMESTAMP() - INTERVAL 400 DAY, 200, 'bounce', 'e2e-prune-old-row')" );
		$next = 200 * (int) ceil( ( (int) $this->site->rows( "SELECT MAX(id) AS id FROM $events" )[0]['id'] + 1 ) / 200 );
		$this->site->exec( "ALTER TABLE $events AUTO_INCREMENT = $next" );
		$this->publish( array( SesPayload::permanent_bounce( $this->new_contact( 'q-prune' ) ) ) );

		$run = $this->drain();

		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertSame( array(), $this->site->rows( "SELECT id FROM $events WHERE detail = 'e2e-prune-old-row'" ), 'the 400-day-old row went with the 200th' );
	}

	public function testMessagesThatArriveWhileTheDatabaseIsDownAreAppliedOnceAfterwards(): void {
		// Minutes in production; 10 s here (CI time): what matters is that
		// the worker cannot run while MariaDB is stopped and no message is
		// lost or deleted, whatever the length.
		$emails = array();
		for ( $i = 0; $i < 6; $i++ ) {
			$emails[] = $this->new_contact( "q-dbdown-$i" );
		}
		$this->publish( array_map( static fn( string $e ) => SesPayload::transient_bounce( $e ), array_slice( $emails, 0, 3 ) ) );
		$this->site->stack_command( 'db-stop' );
		$this->site->reconnect();
		try {
			$this->publish( array_map( static fn( string $e ) => SesPayload::transient_bounce( $e ), array_slice( $emails, 3 ) ) );
			$down = $this->drain();
			sleep( 10 );
		} finally {
			$this->site->stack_command( 'db-start' );
		}
		$this->assertNotSame( 0, $down['exit'], 'the worker cannot run without its database' );
		$this->assertSame( 6, $this->depth()['visible'], 'nothing was taken or deleted' );

		$run = $this->drain();

		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertSame( array( 'visible' => 0, 'in_flight' => 0 ), $this->depth() );
		foreach ( $emails as $email ) {
			$this->assertContactState( $email, 'subscribed', 1, 'applied exactly once' );
		}
	}

	public function testADatabaseLostDuringARunEndsItWithItsErrorAndTakesNothing(): void {
		$this->publish( array( SesPayload::permanent_bounce( $this->new_contact( 'q-lost-mid-run' ) ) ) );
		// When the run first writes its status (after it took the lock and
		// read the queue's attributes) another connection kills the run's,
		// and reconnecting finds a closed port: the database is gone.
		$summary = $this->site->wp_eval(
			'global $wpdb; $host = $wpdb->dbhost;'
			. ' add_filter( "pre_update_option_quillcrm_bounce_queue_status", static function ( $value ) { static $done = false; if ( $done ) { return $value; } $done = true; global $wpdb;'
			. ' $id = (int) $wpdb->get_var( "SELECT CONNECTION_ID()" ); list( $h, $p, $sock ) = $wpdb->parse_db_host( DB_HOST );'
			. ' $killer = mysqli_connect( $h, DB_USER, DB_PASSWORD, "", (int) $p, $sock ? $sock : null ); mysqli_query( $killer, "KILL $id" ); mysqli_close( $killer );'
			. ' $wpdb->dbhost = "127.0.0.1:1"; return $value; } );'
			. ' $summary = \QuillCRM\Bounce\QueueWorker::run( 20, true, "lost-mid-run", "cron" );'
			. ' $wpdb->dbhost = $host; $wpdb->db_connect();'
			. ' return $summary;'
		);

		$this->assertSame( array( 'failed', 'queue_database_unavailable' ), array( $summary['outcome'], $summary['error'] ), json_encode( $summary ) );
		$this->assertSame( 1, $this->depth()['visible'] + $this->depth()['in_flight'], 'the message stays in the queue' );
	}

	public function testARunLeavesTheRequestsDatabaseErrorHandlingAsItFoundIt(): void {
		// WP-Cron runs the worker among other events of one request: after
		// it, wp_die() and $wpdb must behave as they did before.
		$after = $this->site->wp_eval(
			'global $wpdb; $before = array( $wpdb->reconnect_retries, $wpdb->suppress_errors( false ) ); $wpdb->suppress_errors( $before[1] );'
			. ' \QuillCRM\Bounce\QueueWorker::run( 5, true, "restores", "cron" );'
			. ' $now = $wpdb->suppress_errors( false );'
			. ' return array( "handler" => has_filter( "wp_die_handler", array( \QuillCRM\Bounce\QueueWorker::class, "wp_die_handler" ) ), "retries" => $wpdb->reconnect_retries, "before" => $before[0], "suppressed" => $now, "suppressed_before" => $before[1] );'
		);

		$this->assertFalse( $after['handler'], 'the worker\'s wp_die handler is removed' );
		$this->assertSame( $after['before'], $after['retries'], 'reconnect_retries is restored' );
		$this->assertSame( $after['suppressed_before'], $after['suppressed'], 'suppress_errors is restored' );
	}

	/** Saves the queue intake as the site whose home is $home would (the test site defines WP_HOME: a filter stands in). */
	private function save_intake_at( string $home ): void {
		$this->assertNull(
			$this->site->wp_eval(
				'add_filter( "option_home", static fn() => ' . var_export( $home, true ) . ', 100 );'
				. ' return \\QuillCRM\\Bounce\\Settings::save_intake( "sqs", "" );'
			)
		);
	}

	public function testACopyOfTheSiteAtAnotherAddressTakesNothingFromTheQueue(): void {
		$email = $this->new_contact( 'q-copied-site' );
		$this->publish( array( SesPayload::permanent_bounce( $email ) ) );
		// This database was copied from the site at production.example, and
		// the copy's URL put in place of production's everywhere, as
		// migration tools do.
		$this->save_intake_at( 'https://production.example' );
		$this->site->exec( 'UPDATE ' . $this->site->table( 'options' ) . ' SET option_value = REPLACE(option_value, ?, ?)', array( 'https://production.example', rtrim( $this->site->url( '/' ), '/' ) ) );
		try {
			$run    = $this->drain();
			$health = $this->site->site_health( 'quillcrm_bounce_queue' );
		} finally {
			$this->site->exec( 'DELETE FROM ' . $this->site->table( 'options' ) . " WHERE option_name = 'quillcrm_bounce_queue_site'" );
		}

		$this->assertSame( array( 'failed', 'queue_site_moved' ), array( $run['summary']['outcome'] ?? null, $run['summary']['error'] ?? null ), $run['stderr'] );
		$this->assertSame( 'critical', $health['status'] ?? null );
		$this->assertStringContainsString( 'A copy of a site (staging, a clone) must not drain the queue', $health['description'] );
		$this->assertContactState( $email, 'subscribed', 0, 'nothing applied' );
		$this->assertSame( 1, array_sum( $this->depth() ), 'the message is still in the queue' );

		$this->drain(); // The site at its own address.

		$this->assertContactState( $email, 'bounced', 0 );
	}

	public function testASiteThatMovedToHttpsStillTakesItsQueue(): void {
		$email = $this->new_contact( 'q-now-https' );
		$this->publish( array( SesPayload::permanent_bounce( $email ) ) );
		// Saved while the site's home was https://…; it is the same host and path.
		$this->save_intake_at( (string) preg_replace( '#^http://#', 'https://', $this->site->url( '/' ) ) );
		try {
			$run = $this->drain();
		} finally {
			$this->site->exec( 'DELETE FROM ' . $this->site->table( 'options' ) . " WHERE option_name = 'quillcrm_bounce_queue_site'" );
		}

		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertContactState( $email, 'bounced', 0 );
	}

	public function testTheCronLineNamesTheSiteAndAWorkerStartedWithItDrainsTheQueue(): void {
		$line = (string) AdminPage::text( ( new AdminPage( $this->site ) )->settings(), 'quillcrm-cron-line' );
		$this->assertSame( 1, preg_match( "/ --url='([^']+)'/", $line, $url ), "the cron line names the site: $line" );
		$this->assertSame( $this->site->url( '/' ), $url[1] );
		$email = $this->new_contact( 'q-url' );
		$this->publish( array( SesPayload::permanent_bounce( $email ) ) );

		$run = $this->finish_worker( $this->start_worker( 'url', 60, true, array( '--url=' . $url[1] ) ) );

		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertContactState( $email, 'bounced', 0 );
	}

	/** @dataProvider secondsOutOfRange */
	public function testAWorkerGivenSecondsOutOfRangeSaysSoAndTakesNothing( string $seconds ): void {
		$this->publish( array( SesPayload::permanent_bounce( $this->new_contact( 'q-bad-seconds' ) ) ) );
		$command = array_merge(
			array( (string) $this->site->stack['php_cli'] ),
			array_map( 'strval', (array) $this->site->stack['php_flags'] ),
			array( $this->site->stack['wp_dir'] . '/wp-content/plugins/quillcrm-bounce/bin/drain.php', "--seconds=$seconds", '--until-empty' )
		);
		$proc = proc_open( $command, array( 1 => array( 'pipe', 'w' ), 2 => array( 'pipe', 'w' ) ), $pipes );

		$this->assertIsResource( $proc );
		$run = $this->finish_worker( array( $proc, $pipes ) );
		$this->assertSame( 1, $run['exit'] );
		$this->assertStringContainsString( '--seconds must be a whole number from 5 to 3600', $run['stderr'] );
		$this->assertSame( 1, $this->depth()['visible'], 'the message waits in the queue' );
	}

	/** @return array<string, array{string}> */
	public function secondsOutOfRange(): array {
		return array(
			'not a number' => array( 'abc' ),
			'too short'    => array( '1' ),
			'too long'     => array( '99999999999999999999' ),
		);
	}

	public function testAWorkerGivenSomethingElseThanAUrlSaysSoAndTakesNothing(): void {
		$this->publish( array( SesPayload::permanent_bounce( $this->new_contact( 'q-bad-url' ) ) ) );

		$run = $this->finish_worker( $this->start_worker( 'bad-url', 60, true, array( '--url=example.com' ) ) );

		$this->assertSame( 1, $run['exit'] );
		$this->assertStringContainsString( '--url must be the site', $run['stderr'] );
		$this->assertSame( 1, $this->depth()['visible'], 'the message waits in the queue' );
	}

	public function testAWorkerGivenAnOptionTwiceSaysSoAndTakesNothing(): void {
		$this->publish( array( SesPayload::permanent_bounce( $this->new_contact( 'q-twice' ) ) ) );

		$run = $this->finish_worker( $this->start_worker( 'twice', 60, true, array( '--url=http://a.example/', '--url=http://b.example/' ) ) );

		$this->assertSame( 1, $run['exit'] );
		$this->assertSame( "drain.php: --url is given more than once; give it once\n", $run['stderr'] );
		$this->assertSame( 1, $this->depth()['visible'], 'the message waits in the queue' );
	}

	/** @return array<string, array{list<string>, string}> */
	public function argumentsItDoesNotKnow(): array {
		$options = 'drain.php: unknown argument (the options are --seconds=N, --until-empty, --slot=NAME, --wp=DIR and --url=URL)';
		return array(
			'a misspelled option'          => array( array( '--until-emtpy' ), $options ),
			'a word that is no option'     => array( array( 'now' ), $options ),
			'a value for a flag'           => array( array( '--until-empty=1' ), 'drain.php: --until-empty takes no value' ),
			'an option without its value' => array( array( '--url' ), 'drain.php: --url needs a value' ),
		);
	}

	/**
	 * @dataProvider argumentsItDoesNotKnow
	 * @param list<string> $arguments
	 */
	public function testAWorkerGivenAnArgumentItDoesNotKnowSaysSoAndTakesNothing( array $arguments, string $said ): void {
		$this->publish( array( SesPayload::permanent_bounce( $this->new_contact( 'q-unknown-argument' ) ) ) );

		$run = $this->finish_worker( $this->start_worker( 'unknown', 60, true, $arguments ) );

		$this->assertSame( 1, $run['exit'] );
		$this->assertSame( "$said\n", $run['stderr'] );
		$this->assertSame( 1, $this->depth()['visible'], 'the message waits in the queue' );
	}

	public function testCredentialsNeverReachTheLogOrThePage(): void {
		// The instance role's secret (moto's instance metadata) signed every
		// call of the tests above: it must not be stored or shown anywhere.
		$secret = 'test-secret-key';
		$this->publish( array( SesPayload::permanent_bounce( $this->new_contact( 'q-secret' ) ) ) );
		$run = $this->drain();
		$this->assertSame( 'instance_role', $this->site->option( 'quillcrm_bounce_queue_status' )['credentials_source'] ?? null, $run['stderr'] );
		foreach ( array( 'quillcrm_bounce_events', 'options', 'quillcrm_bounce_recipient_events', 'quillcrm_bounce_counters' ) as $table ) {
			$rows = json_encode( $this->site->rows( 'SELECT * FROM ' . $this->site->table( $table ) ) );
			$this->assertStringNotContainsString( $secret, $rows, "the secret is in $table" );
			$this->assertStringNotContainsString( 'test-session-token', $rows, "the session token is in $table" );
		}
		$jar = $this->site->admin_cookie_jar();
		foreach ( array( $this->site->settings_url(), $this->site->url( '/wp-admin/site-health.php?tab=debug' ) ) as $url ) {
			$this->assertStringNotContainsString( $secret, $this->site->request( 'GET', $url, '', array(), $jar )['body'] );
		}
		$this->assertStringNotContainsString( $secret, (string) @file_get_contents( (string) $this->site->stack['debug_log'] ) );
	}
}
