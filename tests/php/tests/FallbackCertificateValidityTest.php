<?php
/**
 * The fallback reads a certificate's validity only in the two forms RFC 5280
 * (section 4.1.2.5) allows, UTCTime YYMMDDHHMMSSZ and GeneralizedTime
 * YYYYMMDDHHMMSSZ: OpenSSL reads some other forms as -1 (with a warning),
 * which let a certificate count as valid from the beginning of time, and
 * others in the wrong century. The extension refuses the same forms (its
 * rule, validity_in_rfc5280_form() in src/certificate.rs, is tested with
 * cargo test); AWS's certificates use only the two forms above.
 *
 * The certificates are tests/fixtures/pki/signing.pem with one validity time
 * rewritten; its own signature does not matter here (an SNS signing
 * certificate is trusted through the TLS connection it was fetched over).
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

use QuillCRM\Sns\Polyfill\Failure;
use QuillCRM\Sns\Polyfill\SigningKey;

/**
 * @group polyfill-only
 */
final class FallbackCertificateValidityTest extends ExtensionTestCase {

	/** @return list<array{int, string|list<mixed>}> DER as a tree of [tag, bytes or children]. */
	private static function parse( string $der ): array {
		$nodes = array();
		for ( $i = 0; $i < strlen( $der ); ) {
			$tag    = ord( $der[ $i ] );
			$length = ord( $der[ $i + 1 ] );
			$at     = $i + 2;
			if ( $length & 0x80 ) {
				$bytes  = $length & 0x7f;
				$length = (int) hexdec( bin2hex( substr( $der, $at, $bytes ) ) );
				$at    += $bytes;
			}
			$content = substr( $der, $at, $length );
			$nodes[] = array( $tag, ( $tag & 0x20 ) ? self::parse( $content ) : $content );
			$i       = $at + $length;
		}
		return $nodes;
	}

	/** @param list<array{int, string|list<mixed>}> $nodes */
	private static function encode( array $nodes ): string {
		$der = '';
		foreach ( $nodes as list( $tag, $content ) ) {
			$body   = is_array( $content ) ? self::encode( $content ) : $content;
			$length = strlen( $body );
			$der   .= chr( $tag ) . ( $length < 0x80 ? chr( $length ) : ( function ( string $n ): string {
				return chr( 0x80 | strlen( $n ) ) . $n;
			} )( ltrim( pack( 'N', $length ), "\0" ) ) ) . $body;
		}
		return $der;
	}

	/** signing.pem with its notBefore (0) or notAfter (1) replaced by a time of this DER tag and text. */
	private static function with_validity_time( int $which, int $tag, string $text ): string {
		$pem  = (string) file_get_contents( dirname( __DIR__, 2 ) . '/fixtures/pki/signing.pem' );
		$tree = self::parse( (string) base64_decode( (string) preg_replace( '/-----[^-]+-----|\s/', '', $pem ) ) );
		// Certificate > tbsCertificate > [version, serial, signature, issuer, validity, ...].
		$tree[0][1][0][1][4][1][ $which ] = array( $tag, $text );
		return "-----BEGIN CERTIFICATE-----\n" . chunk_split( base64_encode( self::encode( $tree ) ), 64, "\n" ) . "-----END CERTIFICATE-----\n";
	}

	public function testTheUnchangedCertificateIsAccepted(): void {
		$key = SigningKey::from_pem( self::with_validity_time( 0, 0x17, '200101000000Z' ), 'us-east-1' );

		$this->assertTrue( $key->is_valid_at( gmmktime( 0, 0, 0, 1, 2, 2020 ) ) );
		$this->assertFalse( $key->is_valid_at( gmmktime( 0, 0, 0, 12, 31, 2019 ) ) );
	}

	/** @return array<string, array{int, int, string}> */
	public function timesOutsideRfc5280(): array {
		return array(
			'GeneralizedTime notBefore without Z' => array( 0, 0x18, '20200101000000' ),
			'UTCTime notBefore without Z'         => array( 0, 0x17, '200101000000' ),
			'UTCTime notAfter with an offset'     => array( 1, 0x17, '360101000000-0100' ),
			'GeneralizedTime with fractions'      => array( 1, 0x18, '20360101000000.5Z' ),
		);
	}

	/** @dataProvider timesOutsideRfc5280 */
	public function testAValidityTimeOutsideRfc5280IsAnInvalidCertificate( int $which, int $tag, string $text ): void {
		try {
			SigningKey::from_pem( self::with_validity_time( $which, $tag, $text ), 'us-east-1' );
			$this->fail( 'accepted' );
		} catch ( Failure $failure ) {
			$this->assertSame( 'invalid_certificate', $failure->error_code );
			$this->assertStringContainsString( 'it is not an X.509 certificate', $failure->detail );
		}
	}
}
