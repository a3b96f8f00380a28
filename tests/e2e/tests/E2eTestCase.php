<?php
/**
 * Shared setup for the end-to-end tests: the site, the SNS signer, the topic
 * the site is subscribed to, and assertions that print the site's answer when
 * they fail.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use PHPUnit\Framework\TestCase;
use QuillCRM\E2E\Faults;
use QuillCRM\E2E\Site;
use QuillCRM\E2E\SnsSigner;

abstract class E2eTestCase extends TestCase {
	/** The SES feedback topic the site is subscribed to (pinned by the first confirmation). */
	public const TOPIC = 'arn:aws:sns:us-east-1:123456789012:quillcrm-ses-feedback';
	/** A second topic (e.g. a second SES identity or configuration set). */
	public const SECOND_TOPIC = 'arn:aws:sns:us-west-2:123456789012:quillcrm-ses-feedback-eu';
	/** A topic nobody accepted. */
	public const OTHER_TOPIC = 'arn:aws:sns:us-east-1:210987654321:someone-elses-topic';

	protected Site $site;
	protected SnsSigner $sns;
	/** @var array<string,int> sizes of the site's logs when the test started */
	private array $logs_at_start = array();

	protected function setUp(): void {
		parent::setUp();
		$this->site          = Site::get();
		$this->logs_at_start = ( new Faults( $this->site ) )->log_mark();
		$this->sns           = new SnsSigner( $this->site->pki( 'signing.key' ) );
		$this->ensure_subscribed();
		// Every test starts from the documented defaults.
		$this->site->set_option( Site::THRESHOLD_OPTION, '3' );
		$this->site->set_option( Site::TOPICS_OPTION, array( self::TOPIC ) );
		$this->site->set_option( 'quillcrm_bounce_soft_window_days', '0' );
		$this->site->set_option( 'quillcrm_bounce_complaint_action', 'complained' );
		$this->site->set_option( 'quillcrm_bounce_min_signature_version', '1' );
		$this->site->exec( 'DELETE FROM ' . $this->site->table( 'options' ) . " WHERE option_name = 'quillcrm_bounce_policy'" );
		$this->site->set_option( 'quillcrm_bounce_log_retention_days', '90' );
		$this->site->set_option( 'quillcrm_bounce_rate_sample', '10000' );
		$this->site->set_option( 'quillcrm_bounce_bounce_rate_alert', '2' );
		$this->site->set_option( 'quillcrm_bounce_complaint_rate_alert', '0.05' );
		$this->site->exec( 'DELETE FROM ' . $this->site->table( 'options' ) . " WHERE option_name IN ('e2e_hook_calls', 'quillcrm_bounce_rate_status', 'quillcrm_bounce_rate_alert_mailed_at')" );
	}

	/**
	 * A test that did not pass leaves <run dir>/failures/<test>.txt: its
	 * message and the lines the site's logs got while it ran (run.sh prints
	 * these, and the list of failed tests last, so the end of a CI log names
	 * them).
	 */
	protected function onNotSuccessfulTest( \Throwable $t ): void {
		try {
			$dir  = $this->site->stack['run_dir'] . '/failures';
			$name = static::class . '::' . $this->getName( true );
			$text = $name . "\n" . get_class( $t ) . ': ' . $t->getMessage() . "\n";
			foreach ( ( new Faults( $this->site ) )->new_log_lines( $this->logs_at_start ) as $log => $lines ) {
				$text .= sprintf( "--- %s while the test ran (%d lines%s)\n", $log, count( $lines ), count( $lines ) > 40 ? ', the last 40' : '' );
				$text .= implode( "\n", array_slice( $lines, -40 ) ) . "\n";
			}
			if ( ! is_dir( $dir ) ) {
				mkdir( $dir, 0777, true );
			}
			file_put_contents( $dir . '/' . substr( (string) preg_replace( '/[^A-Za-z0-9_.-]+/', '_', $name ), 0, 200 ) . '.txt', $text );
		} catch ( \Throwable $e ) { // phpcs:ignore -- the report is best effort; the test's own error counts.
			unset( $e );
		}
		parent::onNotSuccessfulTest( $t );
	}

	/**
	 * Confirms the subscription to TOPIC once, through the real webhook, as
	 * SNS does when the admin creates the HTTPS subscription.
	 */
	private function ensure_subscribed(): void {
		$subs = $this->site->option( Site::SUBSCRIPTIONS_OPTION );
		if ( is_array( $subs ) && 'confirmed' === ( $subs[ self::TOPIC ]['state'] ?? '' ) ) {
			return;
		}
		$r = $this->site->deliver( $this->sns->subscription_confirmation( self::TOPIC ) );
		$this->assertAnswer( 200, $r, 'subscribed', null, 'subscribing the test site to ' . self::TOPIC );
	}

	/** A signed Notification carrying an SES payload, from TOPIC unless told. */
	protected function notification( string $ses_json, string $topic = self::TOPIC, string $signature_version = '1' ): array {
		return $this->sns->notification( $topic, $ses_json, null, $signature_version );
	}

	/** Seeds a fresh subscribed contact and returns its address. */
	protected function new_contact( string $label, string $status = 'subscribed', int $soft = 0 ): string {
		$email = Site::unique_email( $label );
		$this->site->seed_contact( $email, $status, $soft );
		return $email;
	}

	protected function assertContactState( string $email, string $status, int $soft_bounce_count, string $message = '' ): void {
		$row = $this->site->contact( $email );
		$this->assertNotNull( $row, "contact $email vanished from the contacts table" );
		$this->assertSame(
			array( 'status' => $status, 'soft_bounce_count' => $soft_bounce_count ),
			array( 'status' => (string) $row['status'], 'soft_bounce_count' => (int) $row['soft_bounce_count'] ),
			trim( "$message (contact $email)" )
		);
	}

	/**
	 * Asserts on the HTTP answer and on the JSON body the plugin sends
	 * (`outcome`, `error`, `detail`); the failure message shows the answer.
	 *
	 * @param array{status:int, body:string, json:?array<string,mixed>, headers:array<string,string>} $r
	 */
	protected function assertAnswer( int $status, array $r, ?string $outcome = null, ?string $error = null, string $what = '' ): void {
		$shown = sprintf( "%s\nanswer: HTTP %d %s", $what, $r['status'], substr( $r['body'], 0, 600 ) );
		$this->assertSame( $status, $r['status'], "HTTP status. $shown" );
		if ( null !== $outcome ) {
			$this->assertIsArray( $r['json'], "the answer is not a JSON object. $shown" );
			$this->assertSame( $outcome, $r['json']['outcome'] ?? null, "JSON outcome. $shown" );
		}
		if ( null !== $error ) {
			$this->assertIsArray( $r['json'], "the answer is not a JSON object. $shown" );
			$this->assertSame( $error, $r['json']['error'] ?? null, "JSON error. $shown" );
		}
	}

	/**
	 * bin/aws.py (boto3 against the stack's moto) with $args.
	 *
	 * @return mixed its JSON answer
	 */
	protected function aws( string ...$args ) {
		return $this->aws_at( (int) $this->site->stack['moto_port'], ...$args );
	}

	/**
	 * tests/e2e/bin/aws.py against the moto_server on $port; its JSON answer.
	 *
	 * @return mixed
	 */
	protected function aws_at( int $port, string ...$args ) {
		$command = array_merge( array( 'python3', dirname( __DIR__ ) . '/bin/aws.py', '--port', (string) $port ), $args );
		$proc    = proc_open( $command, array( 1 => array( 'pipe', 'w' ), 2 => array( 'pipe', 'w' ) ), $pipes, null, array( 'PYTHONPATH' => dirname( __DIR__ ) . '/pylib', 'PATH' => getenv( 'PATH' ) ) );
		$out     = (string) stream_get_contents( $pipes[1] );
		$err     = (string) stream_get_contents( $pipes[2] );
		$this->assertSame( 0, proc_close( $proc ), "aws.py {$args[0]}: $err" );
		return json_decode( $out, true, 16, JSON_THROW_ON_ERROR );
	}
}
