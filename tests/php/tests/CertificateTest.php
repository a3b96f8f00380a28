<?php
/**
 * Rule 5: the fetched certificate. Each bad certificate is served for real by
 * its own SNS stand-in, behind its own region (see run.sh).
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class CertificateTest extends ExtensionTestCase {
	/** @return array<string,string> */
	private function bounceFrom( string $region, string $key_file, array $overrides = array() ): array {
		return SnsMessages::notification(
			SesPayloads::hard_bounce(),
			$overrides + array(
				'TopicArn'       => "arn:aws:sns:$region:123456789012:ses-bounces",
				'SigningCertURL' => SnsMessages::cert_url( $region, SnsMessages::fresh_cert_id() ),
			),
			$key_file
		);
	}

	public function testCertificateWithA1024BitKeyIsAnInvalidCertificate(): void {
		$response = $this->handleEnvelope( $this->bounceFrom( 'us-west-2', 'signing-1024.key' ) );

		$this->assertRejected( 403, 'invalid_certificate', $response );
		$this->assertStringContainsString( '2048', $response['detail'] );
	}

	public function testCertificateNotIssuedToSnsIsAnInvalidCertificate(): void {
		$response = $this->handleEnvelope( $this->bounceFrom( 'eu-west-1', 'signing-wrong-name.key' ) );

		$this->assertRejected( 403, 'invalid_certificate', $response );
		$this->assertStringContainsString( 'not issued to Amazon SNS', $response['detail'] );
	}

	public function testCertificateWhoseSubjectAltNameIsNotSnsIsAnInvalidCertificateWhateverItsCommonName(): void {
		// signing-san-other.pem: CN=sns.amazonaws.com, SAN DNS:x.example (the SAN decides).
		$response = $this->handleEnvelope( $this->bounceFrom( 'ca-central-1', 'signing-san-other.key' ) );

		$this->assertRejected( 403, 'invalid_certificate', $response );
		$this->assertStringContainsString( 'not issued to Amazon SNS', $response['detail'] );
	}

	public function testCertificateExpiredAtTheMessageTimestampIsAnInvalidCertificate(): void {
		// signing-expired.pem is valid 2020-01-01..2021-01-01 only.
		$response = $this->handleEnvelope( $this->bounceFrom( 'ap-east-1', 'signing-expired.key' ) );

		$this->assertRejected( 403, 'invalid_certificate', $response );
	}

	public function testCertificateValidAtTheMessageTimestampVerifies(): void {
		$sent     = gmmktime( 12, 0, 0, 6, 1, 2020 );
		$envelope = $this->bounceFrom( 'ap-east-1', 'signing-expired.key', array( 'Timestamp' => SnsMessages::timestamp( $sent ) ) );

		$response = $this->handleEnvelope( $envelope, array( 'now' => $sent + 60 ) );

		$this->assertAccepted( 'bounce', $response );
	}

	public function testCertificateHostNotInTheResolveListIsCertUnavailable(): void {
		// Under test trust only the overridden hosts are reachable.
		$response = $this->handleEnvelope( $this->bounceFrom( 'ap-south-1', 'signing.key' ) );

		$this->assertRejected( 503, 'cert_unavailable', $response );
		$this->assertStringContainsString( 'SNS will retry', $response['detail'] );
	}

	public function testCertificateHostRefusingConnectionsIsCertUnavailable(): void {
		$response = $this->handleEnvelope( $this->bounceFrom( 'sa-east-1', 'signing.key' ) );

		$this->assertRejected( 503, 'cert_unavailable', $response );
	}

	public function testCertificateHostWhoseTlsCertificateNamesAnotherHostIsCertUnavailable(): void {
		// eu-central-1 reaches the us-east-1 stand-in, whose TLS certificate
		// (from the trusted test CA) does not name sns.eu-central-1.
		$response = $this->handleEnvelope( $this->bounceFrom( 'eu-central-1', 'signing.key' ) );

		$this->assertRejected( 503, 'cert_unavailable', $response );
	}

	public function testTlsNameMismatchDetailSaysTheTlsHandshakeFailed(): void {
		// https_client::describe() words TLS failures "the TLS handshake
		// failed", so the admin looks at certificates, not at the network.
		$response = $this->handleEnvelope( $this->bounceFrom( 'eu-central-1', 'signing.key' ) );

		$this->assertStringContainsString( 'TLS', $response['detail'] );
	}

	public function testMessageSignedByAnotherKeyThanTheCertificatesIsAnInvalidSignature(): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array(), 'signing-wrong-name.key' );

		$this->assertRejected( 403, 'invalid_signature', $this->handleEnvelope( $envelope ) );
	}
}
