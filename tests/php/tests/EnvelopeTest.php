<?php
/**
 * Rules 3 and 7: message type, SignatureVersion, and the signature over the
 * string to sign.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class EnvelopeTest extends ExtensionTestCase {
	/** @return array<string,array{string}> */
	public function unsupportedTypes(): array {
		return array(
			'unknown'         => array( 'Foo' ),
			'lower case'      => array( 'notification' ),
			'trailing space'  => array( 'Notification ' ),
			'empty'           => array( '' ),
		);
	}

	/** @dataProvider unsupportedTypes */
	public function testUnknownTypeIsUnsupportedType( string $type ): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'Type' => $type ) );

		$this->assertRejected( 400, 'unsupported_type', $this->handleEnvelope( $envelope ) );
	}

	/** @return array<string,array{string}> */
	public function unsupportedSignatureVersions(): array {
		return array(
			'3'              => array( '3' ),
			'0'              => array( '0' ),
			'leading zero'   => array( '01' ),
			'decimal'        => array( '1.0' ),
			'leading space'  => array( ' 1' ),
			'empty'          => array( '' ),
		);
	}

	/** @dataProvider unsupportedSignatureVersions */
	public function testSignatureVersionOtherThan1Or2IsUnsupported( string $version ): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'SignatureVersion' => $version ) );

		$response = $this->handleEnvelope( $envelope );

		$this->assertRejected( 400, 'unsupported_signature_version', $response );
		$this->assertNull( $response['certificate_source'], 'refused before any certificate is fetched' );
	}

	public function testSignatureVersionAsJsonNumberIsMalformed(): void {
		$body = str_replace( '"SignatureVersion": "1"', '"SignatureVersion": 1', SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) ) );

		$this->assertRejected( 400, 'malformed_body', $this->handle( $body ) );
	}

	public function testTamperedMessageIsAnInvalidSignature(): void {
		$envelope            = SnsMessages::notification( SesPayloads::delivery() );
		$envelope['Message'] = SesPayloads::hard_bounce();

		$response = $this->handleEnvelope( $envelope );

		$this->assertRejected( 403, 'invalid_signature', $response );
		$this->assertSame( $envelope['MessageId'], $response['message_id'], 'the parsed facts are still reported' );
	}

	/** @return array<string,array{string,string}> */
	public function tamperedSignedFields(): array {
		return array(
			'MessageId'          => array( 'MessageId', '00000000-0000-4000-8000-000000000000' ),
			'Timestamp'          => array( 'Timestamp', '2026-11-20T20:00:01.000Z' ),
			'TopicArn'           => array( 'TopicArn', 'arn:aws:sns:us-east-1:123456789012:other-topic' ),
			'Subject added'      => array( 'Subject', 'Injected' ),
			'Message, one byte'  => array( 'Message', 'x' ),
		);
	}

	/** @dataProvider tamperedSignedFields */
	public function testTamperedSignedFieldIsAnInvalidSignature( string $field, string $value ): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce() );
		$envelope[ $field ] = 'Message' === $field ? substr_replace( $envelope['Message'], $value, -2, 1 ) : $value;

		$this->assertRejected( 403, 'invalid_signature', $this->handleEnvelope( $envelope ) );
	}

	public function testASubjectMovedIntoTheMessageIdIsMalformedNotANewMessage(): void {
		// Both sign "MessageId\nm-1\nSubject\nS\n": without the rule the
		// genuine message would verify again under another MessageId.
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'Subject' => 'Amazon SES Email Event Notification', 'MessageId' => 'm-1' ) );
		unset( $envelope['Subject'] );
		$envelope['MessageId'] = "m-1\nSubject\nAmazon SES Email Event Notification";

		$this->assertRejected( 400, 'malformed_body', $this->handleEnvelope( $envelope ) );
	}

	public function testSignatureVersionSwappedAfterSigningIsAnInvalidSignature(): void {
		// Signed with SHA1 (version 1), presented as version 2.
		$envelope                     = SnsMessages::notification( SesPayloads::hard_bounce() );
		$envelope['SignatureVersion'] = '2';

		$this->assertRejected( 403, 'invalid_signature', $this->handleEnvelope( $envelope ) );
	}

	public function testTruncatedSignatureIsAnInvalidSignature(): void {
		$envelope              = SnsMessages::notification( SesPayloads::hard_bounce() );
		$envelope['Signature'] = base64_encode( substr( (string) base64_decode( $envelope['Signature'], true ), 0, 128 ) );

		$this->assertRejected( 403, 'invalid_signature', $this->handleEnvelope( $envelope ) );
	}

	public function testUnsignedFieldsMayChange(): void {
		$envelope                   = SnsMessages::notification( SesPayloads::hard_bounce() );
		$envelope['UnsubscribeURL'] = 'https://example.com/not-signed';

		$this->assertAccepted( 'bounce', $this->handleEnvelope( $envelope ) );
	}

	public function testConfirmationTokenIsSigned(): void {
		$envelope          = SnsMessages::confirmation( 'UnsubscribeConfirmation' );
		$envelope['Token'] = strrev( $envelope['Token'] );

		$this->assertRejected( 403, 'invalid_signature', $this->handleEnvelope( $envelope ) );
	}
}
