<?php
/**
 * `detail`: one plain sentence that never echoes the key and quotes untrusted
 * input only truncated (40 characters) and escaped.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class DetailTest extends ExtensionTestCase {
	private const HOSTILE = "<script>alert(1)</script>\"\\\r\nX-Injected: yes \u{202e}" . 'and a long tail that goes on well past forty characters';

	/**
	 * One answer of each rule family, all with the right key.
	 *
	 * @return array<string,array<string,mixed>>
	 */
	private function answersOfEveryFamily( string $key ): array {
		$request = array( 'key' => $key, 'expected_key' => $key );
		$bounce  = SnsMessages::notification( SesPayloads::hard_bounce() );
		$bad_sig = array( 'Message' => 'x' ) + $bounce;
		return array(
			'bounce'                        => $this->handleEnvelope( $bounce, $request ),
			'subscribed'                    => $this->handleEnvelope( SnsMessages::confirmation( 'SubscriptionConfirmation' ), $request ),
			'unsubscribed'                  => $this->handleEnvelope( SnsMessages::confirmation( 'UnsubscribeConfirmation' ), $request ),
			'body_too_large'                => $this->handle( str_repeat( $key, (int) ( 600 * 1024 / strlen( $key ) ) ), $request ),
			'malformed_body'                => $this->handle( "{\"$key\":1,", $request ),
			'raw_message_delivery'          => $this->handle( SesPayloads::hard_bounce(), $request ),
			'missing_field'                 => $this->handle( '{"Type":"Notification"}', $request ),
			'unsupported_type'              => $this->handleEnvelope( array( 'Type' => 'Other' ) + $bounce, $request ),
			'unsupported_signature_version' => $this->handleEnvelope( array( 'SignatureVersion' => '3' ) + $bounce, $request ),
			'invalid_cert_url'              => $this->handleEnvelope( array( 'SigningCertURL' => "https://evil.example/?$key" ) + $bounce, $request ),
			'invalid_signature'             => $this->handleEnvelope( $bad_sig, $request ),
			'stale_message'                 => $this->handleEnvelope( $bounce, $request + array( 'now' => SnsMessages::NOW + 99999 ) ),
			'topic_not_allowed'             => $this->handleEnvelope( $bounce, $request + array( 'allowed_topics' => array( $key ) ) ),
			'header_mismatch'               => $this->handleEnvelope( $bounce, $request + array( 'headers' => array( 'x-amz-sns-topic-arn' => $key ) ) ),
			'cert_unavailable'              => $this->handleEnvelope( SnsMessages::notification( 'x', array( 'TopicArn' => 'arn:aws:sns:ap-south-1:123456789012:t', 'SigningCertURL' => SnsMessages::cert_url( 'ap-south-1' ) ) ), $request ),
		);
	}

	public function testDetailNeverContainsTheKey(): void {
		$key = 'Secret-Key-9f8e7d6c5b4a';

		foreach ( $this->answersOfEveryFamily( $key ) as $family => $response ) {
			$this->assertStringNotContainsStringIgnoringCase( $key, $response['detail'], $family );
			$this->assertStringNotContainsString( substr( $key, 0, 12 ), $response['detail'], $family );
		}
	}

	/** @return array<string,array{string}> */
	public function bodiesCarryingTheKey(): array {
		$key = 'Secret-Key-9f8e7d6c5b4a';
		return array(
			'as a duplicated JSON key' => array( "{\"$key\":1,\"$key\":2}" ),
			'as the Type'              => array( SnsMessages::body( SnsMessages::notification( 'x', array( 'Type' => $key ) ) ) ),
			'as the SignatureVersion'  => array( SnsMessages::body( SnsMessages::notification( 'x', array( 'SignatureVersion' => $key ) ) ) ),
		);
	}

	/**
	 * "Never echoes the key" holds even when the sender (who knew the key)
	 * puts it in the body: the detail is logged and shown on the admin page.
	 *
	 * @dataProvider bodiesCarryingTheKey
	 */
	public function testDetailNeverQuotesTheKeyEvenWhenTheBodyCarriesIt( string $body ): void {
		$key      = 'Secret-Key-9f8e7d6c5b4a';
		$response = $this->handle( $body, array( 'key' => $key, 'expected_key' => $key ) );

		$this->assertSame( 'rejected', $response['outcome'] );
		$this->assertStringNotContainsString( $key, $response['detail'] );
	}

	public function testDetailNeverQuotesAKeyTheQuotingEscapesInItsEscapedForm(): void {
		// A key of the caller's own choosing, with what a detail escapes.
		$key      = "k\"y\\z<>&\u{e9}";
		$response = $this->handle( (string) json_encode( array( 'Type' => $key ) ), array( 'key' => $key, 'expected_key' => $key ) );

		$this->assertSame( 'unsupported_type', $response['error'] );
		$this->assertStringContainsString( '[redacted]', $response['detail'] );
		$this->assertStringNotContainsString( 'y\\\\z', $response['detail'], 'the escaped form of the key' );
	}

	public function testDetailOfAWrongKeyQuotesNeitherKey(): void {
		$response = $this->handle( '{}', array( 'key' => 'Guess-1234567890', 'expected_key' => 'Secret-Key-9f8e7d6c5b4a' ) );

		$this->assertRejected( 403, 'invalid_key', $response );
		$this->assertStringNotContainsString( 'Guess-1234567890', $response['detail'] );
		$this->assertStringNotContainsString( 'Secret-Key', $response['detail'] );
	}

	public function testDetailIsOnePlainSentence(): void {
		foreach ( $this->answersOfEveryFamily( self::KEY ) as $family => $response ) {
			$this->assertMatchesRegularExpression( '/^[A-Z][^\r\n]*\.$/', $response['detail'], $family );
		}
	}

	public function testUntrustedTypeIsEscapedAndTruncatedInTheDetail(): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'Type' => self::HOSTILE ) );

		$response = $this->handleEnvelope( $envelope );

		$this->assertRejected( 400, 'unsupported_type', $response );
		$this->assertSafeQuote( $response['detail'] );
	}

	public function testUntrustedSignatureVersionIsEscapedAndTruncatedInTheDetail(): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'SignatureVersion' => self::HOSTILE ) );

		$response = $this->handleEnvelope( $envelope );

		$this->assertRejected( 400, 'unsupported_signature_version', $response );
		$this->assertSafeQuote( $response['detail'] );
	}

	public function testUntrustedDuplicatedKeyIsEscapedAndTruncatedInTheDetail(): void {
		$name     = json_encode( self::HOSTILE, JSON_THROW_ON_ERROR );
		$response = $this->handle( "{{$name}:1,{$name}:2}" );

		$this->assertRejected( 400, 'malformed_body', $response );
		$this->assertSafeQuote( $response['detail'] );
	}

	public function testUntrustedCertificateUrlIsNotQuotedInTheDetail(): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'SigningCertURL' => 'https://evil.example/<img src=x onerror=alert(1)>' ) );

		$response = $this->handleEnvelope( $envelope );

		$this->assertRejected( 403, 'invalid_cert_url', $response );
		$this->assertStringNotContainsString( 'evil.example', $response['detail'] );
		$this->assertStringNotContainsString( '<', $response['detail'] );
	}

	private function assertSafeQuote( string $detail ): void {
		$this->assertStringNotContainsString( '<', $detail );
		$this->assertStringNotContainsString( '>', $detail );
		$this->assertStringNotContainsString( "\n", $detail );
		$this->assertStringNotContainsString( "\r", $detail );
		$this->assertStringNotContainsString( "\u{202e}", $detail );
		$this->assertStringNotContainsString( 'forty characters', $detail, 'truncated' );
		$this->assertStringContainsString( '\\u{3c}script\\u{3e}', $detail, 'markup escaped, not dropped' );
		$this->assertStringContainsString( '\\"\\\\\\u{d}\\u{a}X-Injected', $detail, 'quote, backslash, CR, LF escaped' );
		$this->assertStringContainsString( '..."', $detail, 'truncation is shown' );
		$this->assertLessThan( 300, strlen( $detail ) );
		$this->assertTrue( mb_check_encoding( $detail, 'UTF-8' ) );
		$this->assertMatchesRegularExpression( '/^[\x20-\x7e]+$/', $detail, 'printable ASCII only' );
	}
}
