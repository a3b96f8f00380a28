<?php
/**
 * The test signer itself: its string to sign must be the one AWS signs, or
 * every end-to-end test would only prove that the site agrees with us.
 * Checked against the genuine AWS-signed messages in ../shared/fixtures/.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use PHPUnit\Framework\TestCase;
use QuillCRM\E2E\SnsSigner;

final class SnsSignerTest extends TestCase {

	public function testStringToSignVerifiesEveryGenuineAwsMessage(): void {
		$dir = dirname( __DIR__, 4 ) . '/shared/fixtures/sns-real';
		$this->assertDirectoryExists( $dir, 'the shared fixtures must sit beside the checkout (../shared/fixtures); they are not copied into the repository' );
		$checked = 0;
		foreach ( glob( $dir . '/*', GLOB_ONLYDIR ) as $folder ) {
			$certs = glob( $folder . '/SimpleNotificationService-*.pem' );
			if ( ! $certs ) {
				continue;
			}
			$key = openssl_pkey_get_public( (string) file_get_contents( $certs[0] ) );
			$this->assertNotFalse( $key, $certs[0] );
			foreach ( glob( $folder . '/*.json' ) as $file ) {
				$envelope = json_decode( (string) file_get_contents( $file ), true );
				if ( ! is_array( $envelope ) || ! isset( $envelope['Signature'], $envelope['Type'] ) ) {
					continue;
				}
				// The Lambda spelling carries the same values under other key names.
				$algo = '2' === ( $envelope['SignatureVersion'] ?? '1' ) ? OPENSSL_ALGO_SHA256 : OPENSSL_ALGO_SHA1;
				$this->assertSame( 1, openssl_verify( SnsSigner::string_to_sign( $envelope ), base64_decode( $envelope['Signature'] ), $key, $algo ), basename( $folder ) . '/' . basename( $file ) );
				$checked++;
			}
		}
		$this->assertGreaterThanOrEqual( 5, $checked, 'genuine messages checked' );
	}

	public function testSignedEnvelopeVerifiesWithTheTestCertificate(): void {
		$pki    = dirname( __DIR__, 2 ) . '/fixtures/pki';
		$signer = new SnsSigner( $pki . '/signing.key' );
		$cert   = openssl_pkey_get_public( (string) file_get_contents( $pki . '/signing.pem' ) );
		foreach ( array( '1' => OPENSSL_ALGO_SHA1, '2' => OPENSSL_ALGO_SHA256 ) as $version => $algo ) {
			$sent     = $signer->notification( 'arn:aws:sns:us-east-1:123456789012:t', "{\"x\":\"\u{1F34C}\"}", 'Subject', (string) $version );
			$received = json_decode( SnsSigner::body( $sent ), true );
			$this->assertSame( $sent, $received, 'the body decodes to the signed values' );
			$this->assertSame( 1, openssl_verify( SnsSigner::string_to_sign( $received ), base64_decode( $received['Signature'] ), $cert, $algo ), "SignatureVersion $version" );
		}
	}
}
