<?php
/**
 * quillcrm_sns_aws_setup() and quillcrm_sns_aws_doctor() from PHP: what can
 * be checked without AWS (the options, the answer's shape, an unreachable
 * endpoint). The steps and findings against AWS's documented answers are in
 * the core's cargo tests (src/setup.rs, src/doctor.rs); against moto in the
 * e2e suite (tests/e2e/tests/AwsSetupTest.php).
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

/**
 * @group extension-only
 */
final class AwsSetupAndDoctorTest extends ExtensionTestCase {
	private const CREDENTIALS = array( 'access_key_id' => 'AKIAEXAMPLEEXAMPLE01', 'secret_access_key' => 'very-secret-value' );

	/** sa-east-1: a port nobody listens on (run.sh). */
	private const TOPIC = 'arn:aws:sns:sa-east-1:123456789012:ses-feedback';

	public function testAnInvalidOptionIsAnAnswerWithItsCodeNotAnException(): void {
		$r = quillcrm_sns_aws_setup( array( 'topic' => 'has space', 'intake' => 'sqs', 'queue_name' => 'q' ) );

		$this->assertSame( array( false, 'invalid_topic', array() ), array( $r['ok'], $r['error'], $r['steps'] ) );
		$this->assertSame( array( 'ok', 'error', 'detail', 'retry', 'iam_action', 'credentials_source', 'topic_arn', 'queue_url', 'subscription_arn', 'steps' ), array_keys( $r ) );
	}

	public function testAnUnknownCheckIsAnAnswer(): void {
		$r = quillcrm_sns_aws_doctor( 'everything', array( 'topic' => self::TOPIC, 'intake' => 'sqs' ) );

		$this->assertSame( 'invalid_check', $r['error'] );
		$this->assertSame( array( 'ok', 'error', 'detail', 'retry', 'iam_action', 'credentials_source', 'findings', 'facts' ), array_keys( $r ) );
	}

	public function testAnUnreachableAwsFailsTheFirstStepRetryablyAndSkipsTheRest(): void {
		$r = quillcrm_sns_aws_setup( array( 'topic' => self::TOPIC, 'intake' => 'sqs', 'queue_name' => 'q', 'identity' => 'example.com', 'credentials' => self::CREDENTIALS ) );

		$this->assertSame( array( false, 'aws_unreachable', true, 'given' ), array( $r['ok'], $r['error'], $r['retry'], $r['credentials_source'] ) );
		$this->assertSame( array( 'topic', 'failed', 'aws_unreachable', true ), array( $r['steps'][0]['step'], $r['steps'][0]['outcome'], $r['steps'][0]['error'], $r['steps'][0]['retry'] ) );
		$this->assertSame( array( 'skipped' ), array_values( array_unique( array_column( array_slice( $r['steps'], 1 ), 'outcome' ) ) ) );
		$this->assertStringNotContainsString( 'very-secret-value', json_encode( $r ) );
	}

	public function testTheDoctorSaysWhenAwsCannotBeReached(): void {
		$r = quillcrm_sns_aws_doctor( 'send_statistics', array( 'topic' => self::TOPIC, 'intake' => 'sqs', 'queue_url' => 'https://sqs.sa-east-1.amazonaws.com/123456789012/q', 'credentials' => self::CREDENTIALS ) );

		$this->assertSame( array( false, 'aws_unreachable', true, array() ), array( $r['ok'], $r['error'], $r['retry'], $r['findings'] ) );
	}

	public function testOptionsAreCheckedAsPhpChecksThem(): void {
		foreach ( array(
			array( array( 'topic' => 1 ), \TypeError::class ),
			array( array( 'password' => 'x' ), \ValueError::class ),
			array( array( 'credentials' => array( 'password' => 'x' ) ), \ValueError::class ),
			array( array( 'credentials' => array( 'access_key_id' => 1 ) ), \TypeError::class ),
			array( array( 'credentials' => 'AKIA' ), \TypeError::class ),
			array( array( "topic\xff" => 'x' ), \ValueError::class ),
			array( array( 'credentials' => array( "access_key_id\xff" => 'x' ) ), \ValueError::class ),
		) as list( $options, $class ) ) {
			foreach ( array( 'quillcrm_sns_aws_setup' => array( $options ), 'quillcrm_sns_aws_doctor' => array( 'queue', $options ) ) as $function => $arguments ) {
				try {
					$function( ...$arguments );
					$this->fail( "no exception from $function for " . json_encode( $options ) );
				} catch ( \Throwable $e ) {
					$this->assertInstanceOf( $class, $e, $function . ' ' . json_encode( $options ) );
					$this->assertStringStartsWith( "$function(): Argument #", $e->getMessage(), 'the exception names the function called' );
				}
			}
		}
	}
}
