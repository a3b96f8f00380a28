<?php
/**
 * quillcrm_sns_handle_queued(): a message taken from an SQS queue goes
 * through the webhook's rules but the key; quillcrm_sns_is_queue_url() and
 * quillcrm_sns_sqs() (what can be checked without a queue: the arguments,
 * the URL policy, the credentials, an unreachable endpoint). Moto's real
 * queue is in the e2e suite (tests/e2e/tests/QueueIntakeTest.php).
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

/**
 * @group extension-only
 */
final class QueuedMessageTest extends ExtensionTestCase {
	private const QUEUE = 'https://sqs.eu-central-1.amazonaws.com/123456789012/ses-feedback';

	/** @return array<string,mixed> */
	private function queued( string $body, array $request = array() ): array {
		$response = quillcrm_sns_handle_queued( $body, $request + array( 'now' => SnsMessages::NOW + 5 ) );
		$this->assertDocumentedShape( $response );
		return $response;
	}

	public function testAGenuineQueuedBounceIsAcceptedWithoutAKey(): void {
		$response = $this->queued( SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) ) );

		$this->assertAccepted( 'bounce', $response );
	}

	public function testAForgedQueuedBounceIsRejected(): void {
		$envelope              = SnsMessages::notification( SesPayloads::hard_bounce() );
		$envelope['Message']   = str_replace( 'Permanent', 'Transient', $envelope['Message'] );

		$this->assertRejected( 403, 'invalid_signature', $this->queued( SnsMessages::body( $envelope ) ) );
	}

	public function testARawDeliveryBodyGetsTheRawMessageDeliveryError(): void {
		$this->assertRejected( 400, 'raw_message_delivery', $this->queued( SesPayloads::hard_bounce() ) );
	}

	public function testAnOtherTopicIsRejectedAfterItsSignatureVerified(): void {
		$response = $this->queued( SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) ), array( 'allowed_topics' => array( 'arn:aws:sns:us-east-1:123456789012:another' ) ) );

		$this->assertRejected( 403, 'topic_not_allowed', $response );
	}

	public function testTheReplayWindowFollowsMaxAgeUpToFourteenDays(): void {
		$body = SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) );
		$day  = 86400;

		$this->assertAccepted( 'bounce', $this->queued( $body, array( 'now' => SnsMessages::NOW + 13 * $day, 'max_age' => quillcrm_sns_info()['max_queued_age'] ) ) );
		$this->assertRejected( 403, 'stale_message', $this->queued( $body, array( 'now' => SnsMessages::NOW + 5 * $day ) ) );
		$this->expectException( \ValueError::class );
		quillcrm_sns_handle_queued( $body, array( 'max_age' => quillcrm_sns_info()['max_queued_age'] + 1 ) );
	}

	public function testTheReplayWindowIsTheQueuesRetentionPlusTheWebhooksWindow(): void {
		$body      = SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) );
		$retention = 10 * 86400;
		$window    = $retention + quillcrm_sns_info()['replay_window'];

		$this->assertAccepted( 'bounce', $this->queued( $body, array( 'now' => SnsMessages::NOW + $window, 'retention' => $retention ) ) );
		$this->assertRejected( 403, 'stale_message', $this->queued( $body, array( 'now' => SnsMessages::NOW + $window + 1, 'retention' => $retention ) ) );
	}

	public function testWithoutRetentionTheWindowIsThatOfSqssDefaultFourDays(): void {
		$body   = SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) );
		$window = 4 * 86400 + quillcrm_sns_info()['replay_window'];

		$this->assertAccepted( 'bounce', $this->queued( $body, array( 'now' => SnsMessages::NOW + $window ) ) );
		$this->assertRejected( 403, 'stale_message', $this->queued( $body, array( 'now' => SnsMessages::NOW + $window + 1 ) ) );
	}

	public function testARetentionLongerThanSqsAllowsIsAValueError(): void {
		$this->expectException( \ValueError::class );
		$this->expectExceptionMessage( 'key "retention" must be between 0 and 1209600' );
		quillcrm_sns_handle_queued( '{}', array( 'retention' => quillcrm_sns_info()['max_queue_retention'] + 1 ) );
	}

	public function testANegativeRetentionIsAValueError(): void {
		$this->expectException( \ValueError::class );
		quillcrm_sns_handle_queued( '{}', array( 'retention' => -1 ) );
	}

	public function testMaxAgeAndRetentionTogetherAreAValueError(): void {
		$this->expectException( \ValueError::class );
		$this->expectExceptionMessage( 'must not contain both "max_age" and "retention"' );
		quillcrm_sns_handle_queued( '{}', array( 'max_age' => 3900, 'retention' => 345600 ) );
	}

	public function testANullMaxAgeBesideRetentionIsTheDefaultNotASecondWindow(): void {
		$body = SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) );

		$this->assertAccepted( 'bounce', $this->queued( $body, array( 'max_age' => null, 'retention' => 10 * 86400, 'now' => SnsMessages::NOW + 9 * 86400 ) ) );
	}

	public function testWebhookOnlyKeysAreRefused(): void {
		$this->expectException( \ValueError::class );
		quillcrm_sns_handle_queued( '{}', array( 'expected_key' => 'x' ) );
	}

	public function testQueueUrlPolicy(): void {
		$this->assertTrue( quillcrm_sns_is_queue_url( self::QUEUE ) );
		$this->assertFalse( quillcrm_sns_is_queue_url( 'https://sqs.eu-central-1.amazonaws.com.evil.example/123456789012/q' ) );
		$this->assertFalse( quillcrm_sns_is_queue_url( "https://sqs.eu-central-1.amazonaws.com/123456789012/q\0" ) );
	}

	public function testAQueueUrlsPartsAreItsRegionAccountAndName(): void {
		$this->assertSame( array( 'region' => 'eu-central-1', 'account' => '123456789012', 'name' => 'ses-feedback' ), quillcrm_sns_queue_url_parts( self::QUEUE ) );
		$this->assertSame( 'cn-north-1', quillcrm_sns_queue_url_parts( 'https://sqs.cn-north-1.amazonaws.com.cn/123456789012/feedback' )['region'] ?? null );
	}

	public function testAStringThatIsNoQueueUrlHasNoParts(): void {
		$this->assertNull( quillcrm_sns_queue_url_parts( 'https://sqs.eu-central-1.amazonaws.com.evil.example/123456789012/q' ) );
		$this->assertNull( quillcrm_sns_queue_url_parts( "\xff" ) );
		$this->assertNull( quillcrm_sns_queue_url_parts( 'https://sqs.eu-central-1.amazonaws.com/123456789012/feedback.fifo' ), 'a FIFO queue' );
	}

	public function testAnInvalidQueueUrlIsAnAnswerNotAnException(): void {
		$r = quillcrm_sns_sqs( 'attributes', 'https://example.com/q' );

		$this->assertSame( array( false, 400, 'invalid_queue_url', false ), array( $r['ok'], $r['status'], $r['error'], $r['retry'] ) );
	}

	public function testMalformedGivenCredentialsAreRefusedWithoutQuotingThem(): void {
		$r = quillcrm_sns_sqs( 'attributes', self::QUEUE, array( 'credentials' => array( 'access_key_id' => 'AKIA/slash', 'secret_access_key' => 'very-secret-value' ) ) );

		$this->assertSame( array( 'aws_bad_credentials', 401, 'given' ), array( $r['error'], $r['status'], $r['credentials_source'] ) );
		$this->assertStringNotContainsString( 'very-secret-value', json_encode( $r ) );
		$this->assertStringNotContainsString( 'AKIA/slash', json_encode( $r ) );
	}

	public function testAnUnreachableEndpointMayPass(): void {
		// Under test_resolve only the listed hosts resolve; SQS is not listed.
		$r = quillcrm_sns_sqs( 'receive', self::QUEUE, array( 'credentials' => array( 'access_key_id' => 'AKIAEXAMPLEEXAMPLE01', 'secret_access_key' => 'secret-value' ) ) );

		$this->assertSame( array( false, 503, 'aws_unreachable', true, 'given' ), array( $r['ok'], $r['status'], $r['error'], $r['retry'], $r['credentials_source'] ) );
		$this->assertSame( array( 'ok', 'status', 'error', 'detail', 'retry', 'credentials_source', 'messages', 'narrowed', 'succeeded', 'failed', 'attributes' ), array_keys( $r ) );
	}

	public function testNoCredentialsAnywhereIsSaid(): void {
		// No constants given, no AWS_* variables in this process (run.sh), and
		// under test trust without test_imds_endpoint no instance role is asked.
		$this->assertFalse( getenv( 'AWS_ACCESS_KEY_ID' ) );
		$r = quillcrm_sns_sqs( 'attributes', self::QUEUE );

		$this->assertSame( array( 'aws_no_credentials', 401, null ), array( $r['error'], $r['status'], $r['credentials_source'] ) );
	}

	public function testOptionsAreCheckedAsPhpChecksThem(): void {
		foreach ( array(
			array( array( 'max_messages' => 11 ), \ValueError::class ),
			array( array( 'wait_seconds' => '20' ), \TypeError::class ),
			array( array( 'receipt_handles' => array_fill( 0, 11, 'h' ) ), \ValueError::class ),
			array( array( 'region' => 'x' ), \ValueError::class ),
			array( array( 'credentials' => array( 'password' => 'x' ) ), \ValueError::class ),
		) as list( $options, $class ) ) {
			try {
				quillcrm_sns_sqs( 'receive', self::QUEUE, $options );
				$this->fail( 'no exception for ' . json_encode( $options ) );
			} catch ( \Throwable $e ) {
				$this->assertInstanceOf( $class, $e, json_encode( $options ) );
			}
		}
	}
}
