<?php
/**
 * Rule 9 (allowed_topics) and the x-amz-sns-* headers, which must agree with
 * the signed body.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class TopicAndHeaderTest extends ExtensionTestCase {
	private const OTHER_TOPIC = 'arn:aws:sns:us-east-1:123456789012:other-topic';

	/** @param array<string,mixed> $request @return array<string,mixed> */
	private function bounce( array $request ): array {
		return $this->handleEnvelope( SnsMessages::notification( SesPayloads::hard_bounce() ), $request );
	}

	public function testTopicAmongTheAllowedTopicsIsAccepted(): void {
		$this->assertAccepted( 'bounce', $this->bounce( array( 'allowed_topics' => array( self::OTHER_TOPIC, SnsMessages::TOPIC ) ) ) );
	}

	public function testTopicNotAmongTheAllowedTopicsIsTopicNotAllowed(): void {
		$response = $this->bounce( array( 'allowed_topics' => array( self::OTHER_TOPIC ) ) );

		$this->assertRejected( 403, 'topic_not_allowed', $response );
		$this->assertSame( SnsMessages::TOPIC, $response['topic_arn'] );
	}

	public function testAllowedTopicsAreComparedExactly(): void {
		$response = $this->bounce( array( 'allowed_topics' => array( strtoupper( SnsMessages::TOPIC ), SnsMessages::TOPIC . ' ' ) ) );

		$this->assertRejected( 403, 'topic_not_allowed', $response );
	}

	public function testEmptyAllowedTopicsAcceptsAnyTopic(): void {
		$this->assertAccepted( 'bounce', $this->bounce( array( 'allowed_topics' => array() ) ) );
	}

	public function testTopicNotAllowedAppliesToSubscriptionConfirmationsBeforeAnyVisit(): void {
		$envelope = SnsMessages::confirmation( 'SubscriptionConfirmation' );

		$response = $this->handleEnvelope( $envelope, array( 'allowed_topics' => array( self::OTHER_TOPIC ) ) );

		$this->assertRejected( 403, 'topic_not_allowed', $response );
		$this->assertSame( array(), $this->standinRequestsMentioning( $envelope['Token'] ) );
	}

	public function testMatchingHeadersAreAccepted(): void {
		$headers = array( 'x-amz-sns-message-type' => 'Notification', 'x-amz-sns-topic-arn' => SnsMessages::TOPIC, 'x-amz-sns-message-id' => 'anything' );

		$this->assertAccepted( 'bounce', $this->bounce( array( 'headers' => $headers ) ) );
	}

	public function testMessageTypeHeaderThatDisagreesIsHeaderMismatch(): void {
		$response = $this->bounce( array( 'headers' => array( 'x-amz-sns-message-type' => 'SubscriptionConfirmation' ) ) );

		$this->assertRejected( 403, 'header_mismatch', $response );
		$this->assertStringContainsString( 'x-amz-sns-message-type', $response['detail'] );
	}

	public function testTopicArnHeaderThatDisagreesIsHeaderMismatch(): void {
		$response = $this->bounce( array( 'headers' => array( 'x-amz-sns-topic-arn' => self::OTHER_TOPIC ) ) );

		$this->assertRejected( 403, 'header_mismatch', $response );
		$this->assertStringContainsString( 'x-amz-sns-topic-arn', $response['detail'] );
	}

	public function testHeaderNamesAreCaseInsensitive(): void {
		$response = $this->bounce( array( 'headers' => array( 'X-AMZ-SNS-TOPIC-ARN' => self::OTHER_TOPIC ) ) );

		$this->assertRejected( 403, 'header_mismatch', $response );
	}

	public function testServerArraySpellingOfHeadersIsRead(): void {
		$response = $this->bounce( array( 'headers' => array( 'HTTP_X_AMZ_SNS_MESSAGE_TYPE' => 'UnsubscribeConfirmation' ) ) );

		$this->assertRejected( 403, 'header_mismatch', $response );
	}

	public function testOtherHeadersAreIgnored(): void {
		$headers = array( 'Content-Type' => 'text/plain; charset=UTF-8', 'User-Agent' => 'Amazon Simple Notification Service Agent', 0 => 'numbered' );

		$this->assertAccepted( 'bounce', $this->bounce( array( 'headers' => $headers ) ) );
	}
}
