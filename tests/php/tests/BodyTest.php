<?php
/**
 * Rules 1 and 2: body size, strict JSON, raw message delivery, required fields.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class BodyTest extends ExtensionTestCase {
	public function testBodyOver512KibIsBodyTooLarge(): void {
		$response = $this->handle( str_repeat( 'x', 513 * 1024 ) );

		$this->assertRejected( 413, 'body_too_large', $response );
	}

	/**
	 * The plugin reads at most 512 KiB + 1 bytes of a request body, so the
	 * length the rule sees is not the request's: the detail names the limit only.
	 */
	public function testTheTooLargeDetailNamesTheLimitNotTheLengthItWasGiven(): void {
		$response = $this->handle( str_repeat( 'x', 512 * 1024 + 1 ) );

		$this->assertSame( 'The request body is more than the 512 KiB an SNS message can be.', $response['detail'] );
	}

	public function testBodyOfExactly512KibIsNotTooLarge(): void {
		$this->assertRejected( 400, 'malformed_body', $this->handle( str_repeat( 'x', 512 * 1024 ) ) );
	}

	public function testBodyThatIsNotJsonIsMalformed(): void {
		$this->assertRejected( 400, 'malformed_body', $this->handle( 'Type=Notification&Message=hello' ) );
	}

	public function testEmptyBodyIsMalformed(): void {
		$this->assertRejected( 400, 'malformed_body', $this->handle( '' ) );
	}

	public function testBodyWithInvalidUtf8IsMalformed(): void {
		$body     = SnsMessages::body( SnsMessages::notification( 'caf' . 'e' ) );
		$response = $this->handle( str_replace( '"cafe"', "\"caf\xe9\"", $body ) );

		$this->assertRejected( 400, 'malformed_body', $response );
		$this->assertStringContainsString( 'UTF-8', $response['detail'] );
	}

	public function testBodyWithADuplicatedKeyIsMalformed(): void {
		// A second Message after the signed one: parsers that keep the last
		// value would classify what was never signed.
		$body     = SnsMessages::body( SnsMessages::notification( SesPayloads::delivery() ) );
		$response = $this->handle( substr( $body, 0, -2 ) . ",\n\"Message\": " . json_encode( SesPayloads::hard_bounce() ) . "\n}" );

		$this->assertRejected( 400, 'malformed_body', $response );
		$this->assertStringContainsString( 'appears twice', $response['detail'] );
	}

	public function testDeeplyNestedBodyIsMalformedWithoutCrashing(): void {
		$depth    = 100000;
		$response = $this->handle( '{"Type":' . str_repeat( '[', $depth ) . str_repeat( ']', $depth ) . '}' );

		$this->assertRejected( 400, 'malformed_body', $response );
	}

	public function testDeeplyNestedObjectsAreMalformedWithoutCrashing(): void {
		$depth    = 50000;
		$response = $this->handle( str_repeat( '{"a":', $depth ) . '1' . str_repeat( '}', $depth ) );

		$this->assertRejected( 400, 'malformed_body', $response );
	}

	public function testJsonArrayBodyIsMalformed(): void {
		$this->assertRejected( 400, 'malformed_body', $this->handle( '[' . SnsMessages::body( SnsMessages::notification( 'x' ) ) . ']' ) );
	}

	public function testDataAfterTheJsonObjectIsMalformed(): void {
		$body = SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) );

		$this->assertRejected( 400, 'malformed_body', $this->handle( $body . ' {}' ) );
	}

	/** @return array<string, array{string}> */
	public function numbersThatFitADouble(): array {
		return array(
			'the largest double, rounded to'  => array( '1.7976931348623158e308' ),
			'just below it, in 26 digits'     => array( '17976931348623156752936666e283' ),
			'the smallest subnormal'          => array( '5e-324' ),
		);
	}

	/** @dataProvider numbersThatFitADouble */
	public function testAnUnsignedMemberHoldingANumberThatFitsADoubleIsRead( string $number ): void {
		// RFC 8259 section 6: numbers are read as doubles where they fit.
		$body = SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) );

		$this->assertAccepted( 'bounce', $this->handle( substr( $body, 0, -1 ) . ', "X": ' . $number . '}' ) );
	}

	public function testANumberBeyondTheLargestDoubleIsMalformed(): void {
		$body = SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) );

		$this->assertRejected( 400, 'malformed_body', $this->handle( substr( $body, 0, -1 ) . ', "X": 1e309}' ) );
	}

	public function testBodyIsReadAsBytesPastANulByte(): void {
		// A C-string reading would stop at the NUL and accept the message.
		$body = SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) );

		$this->assertRejected( 400, 'malformed_body', $this->handle( $body . "\0trailing" ) );
	}

	public function testSignedFieldThatIsNotAStringIsMalformed(): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce() );
		$body     = SnsMessages::body( array( 'Message' => json_decode( $envelope['Message'], true ) ) + $envelope );

		$this->assertRejected( 400, 'malformed_body', $this->handle( $body ) );
	}

	public function testBothSpellingsOfSigningCertUrlAreMalformed(): void {
		$envelope                   = SnsMessages::notification( SesPayloads::hard_bounce() );
		$envelope['SigningCertUrl'] = SnsMessages::cert_url( 'us-east-1', SnsMessages::fresh_cert_id() );

		$this->assertRejected( 400, 'malformed_body', $this->handleEnvelope( $envelope ) );
	}

	public function testSignatureThatIsNotStrictBase64IsMalformed(): void {
		$envelope              = SnsMessages::notification( SesPayloads::hard_bounce() );
		$envelope['Signature'] = chunk_split( $envelope['Signature'], 64, "\n" );

		$this->assertRejected( 400, 'malformed_body', $this->handleEnvelope( $envelope ) );
	}

	public function testTimestampThatIsNotIsoUtcIsMalformed(): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'Timestamp' => '2026-11-20T20:00:00+00:00' ) );

		$this->assertRejected( 400, 'malformed_body', $this->handleEnvelope( $envelope ) );
	}

	public function testTopicArnThatIsNotAnSnsTopicIsMalformed(): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'TopicArn' => 'arn:aws:sqs:us-east-1:123456789012:ses-bounces' ) );

		$this->assertRejected( 400, 'malformed_body', $this->handleEnvelope( $envelope ) );
	}

	public function testBareSesPayloadIsRawMessageDelivery(): void {
		$response = $this->handle( SesPayloads::hard_bounce() );

		$this->assertRejected( 400, 'raw_message_delivery', $response );
		$this->assertStringContainsString( 'Raw message delivery is on', $response['detail'] );
	}

	public function testBareSesEventPayloadIsRawMessageDelivery(): void {
		$this->assertRejected( 400, 'raw_message_delivery', $this->handle( SesPayloads::complaint( 'abuse', 'eventType' ) ) );
	}

	public function testRawDeliveryHeaderIsRawMessageDelivery(): void {
		$body = SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) );

		$response = $this->handle( $body, array( 'headers' => array( 'x-amz-sns-rawdelivery' => 'true' ) ) );

		$this->assertRejected( 400, 'raw_message_delivery', $response );
	}

	public function testRawDeliveryHeaderNameAndValueAreCaseInsensitive(): void {
		$body = SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) );

		$response = $this->handle( $body, array( 'headers' => array( 'X-Amz-Sns-Rawdelivery' => 'True' ) ) );

		$this->assertRejected( 400, 'raw_message_delivery', $response );
	}

	public function testRawDeliveryHeaderFalseIsNotRawMessageDelivery(): void {
		$body = SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) );

		$this->assertAccepted( 'bounce', $this->handle( $body, array( 'headers' => array( 'x-amz-sns-rawdelivery' => 'false' ) ) ) );
	}

	public function testEmptyObjectIsMissingTheTypeField(): void {
		$response = $this->handle( '{}' );

		$this->assertRejected( 400, 'missing_field', $response );
		$this->assertStringContainsString( 'Type', $response['detail'] );
	}

	/** @return array<string,array{string,string}> */
	public function requiredFields(): array {
		return array(
			'Notification without Signature'              => array( 'Notification', 'Signature' ),
			'Notification without SigningCertURL'         => array( 'Notification', 'SigningCertURL' ),
			'Notification without SignatureVersion'       => array( 'Notification', 'SignatureVersion' ),
			'Notification without MessageId'              => array( 'Notification', 'MessageId' ),
			'Notification without TopicArn'               => array( 'Notification', 'TopicArn' ),
			'Notification without Message'                => array( 'Notification', 'Message' ),
			'Notification without Timestamp'              => array( 'Notification', 'Timestamp' ),
			'SubscriptionConfirmation without Token'      => array( 'SubscriptionConfirmation', 'Token' ),
			'SubscriptionConfirmation without SubscribeURL' => array( 'SubscriptionConfirmation', 'SubscribeURL' ),
		);
	}

	/** @dataProvider requiredFields */
	public function testMessageWithoutARequiredFieldIsMissingField( string $type, string $field ): void {
		$envelope = 'Notification' === $type ? SnsMessages::notification( SesPayloads::hard_bounce() ) : SnsMessages::confirmation( $type );
		unset( $envelope[ $field ] );

		$response = $this->handleEnvelope( $envelope );

		$this->assertRejected( 400, 'missing_field', $response );
		$this->assertStringContainsString( $field, $response['detail'] );
	}
}
