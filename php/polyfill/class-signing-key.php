<?php
/**
 * The checks on a fetched signing certificate, and the key it yields; the
 * signature check. Mirrors src/certificate.rs and src/signature.rs, with
 * PHP's openssl extension for X.509 and RSA.
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * A checked SNS signing key.
 */
final class SigningKey {

	/** The largest certificate answer read (the real ones are about 1.8 KiB). */
	public const MAX_CERTIFICATE_BYTES = 65536;

	/** RSA keys shorter than this are refused (NIST SP 800-131A). */
	public const MIN_RSA_BITS = 2048;

	/** The largest RSA key a signature is verified with (aws-lc-rs's RSA_PKCS1_2048_8192). */
	private const MAX_RSA_BITS = 8192;

	public int $not_before;
	public int $not_after;
	public int $modulus_bytes;
	private int $bits;
	/** @var \OpenSSLAsymmetricKey */
	private $public_key;

	private function __construct() {
	}

	/**
	 * Runs every certificate check on a PEM answer fetched for a URL of
	 * $region.
	 *
	 * @param string $pem    The answer.
	 * @param string $region The certificate URL's region.
	 * @throws Failure When a check fails.
	 */
	public static function from_pem( string $pem, string $region ): self {
		$der    = self::pem_to_der( $pem );
		$length = Der::whole_length( $der );
		if ( null === $length || $length > strlen( $der ) ) {
			throw Failure::invalid_certificate( 'it is not an X.509 certificate' );
		}
		if ( $length < strlen( $der ) ) {
			throw Failure::invalid_certificate( 'there are bytes after the certificate' );
		}
		$certificate = @openssl_x509_read( "-----BEGIN CERTIFICATE-----\n" . chunk_split( base64_encode( $der ), 64, "\n" ) . "-----END CERTIFICATE-----\n" ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- a refusal, not a warning.
		$parsed      = false === $certificate ? false : @openssl_x509_parse( $certificate ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- a time it cannot read is refused below.
		if ( false === $parsed || ! self::is_rfc5280_time( $parsed['validFrom'] ?? null ) || ! self::is_rfc5280_time( $parsed['validTo'] ?? null ) ) {
			throw Failure::invalid_certificate( 'it is not an X.509 certificate' );
		}
		if ( ! self::names_sns( $der, $parsed, $region ) ) {
			throw Failure::invalid_certificate( 'it is not issued to Amazon SNS' );
		}
		$public  = openssl_pkey_get_public( $certificate );
		$details = false === $public ? false : openssl_pkey_get_details( $public );
		if ( false === $details || OPENSSL_KEYTYPE_RSA !== $details['type'] || ! isset( $details['rsa']['n'], $details['rsa']['e'] ) ) {
			throw Failure::invalid_certificate( 'its key is not an RSA key' );
		}
		$modulus = ltrim( $details['rsa']['n'], "\0" );
		// The size x509-parser gives: the DER INTEGER's bytes, less its sign byte.
		$key_size = '' === $modulus ? 0 : 8 * ( ( ord( $modulus[0] ) & 0x80 ) ? strlen( $modulus ) : strlen( $modulus ) - 1 );
		if ( $key_size < self::MIN_RSA_BITS ) {
			throw Failure::invalid_certificate( 'its RSA key is shorter than 2048 bits' );
		}
		if ( ! self::is_usable_exponent( $details['rsa']['e'] ) ) {
			throw Failure::invalid_certificate( 'its RSA key is not usable' );
		}
		$key                = new self();
		$key->not_before    = (int) $parsed['validFrom_time_t'];
		$key->not_after     = (int) $parsed['validTo_time_t'];
		$key->modulus_bytes = intdiv( $key_size + 7, 8 );
		$key->bits          = (int) $details['bits'];
		$key->public_key    = $public;
		return $key;
	}

	/**
	 * Whether a validity time is in one of the two forms RFC 5280 (section
	 * 4.1.2.5) allows, UTCTime YYMMDDHHMMSSZ or GeneralizedTime
	 * YYYYMMDDHHMMSSZ. OpenSSL's *_time_t of another form may be -1 (valid
	 * since the beginning of time) or in the wrong century.
	 *
	 * @param mixed $time The time as the certificate writes it.
	 */
	private static function is_rfc5280_time( $time ): bool {
		return is_string( $time ) && 1 === preg_match( '/^(?:\d{12}|\d{14})Z\z/', $time );
	}

	/**
	 * Whether the certificate was valid at $unix_seconds (the message's
	 * Timestamp).
	 *
	 * @param int $unix_seconds When.
	 */
	public function is_valid_at( int $unix_seconds ): bool {
		return $this->not_before <= $unix_seconds && $unix_seconds <= $this->not_after;
	}

	/**
	 * RSASSA-PKCS1-v1_5 over $string_to_sign, SHA1 for SignatureVersion 1
	 * and SHA256 for 2; the length is checked before any arithmetic.
	 *
	 * @param int    $version        1 or 2.
	 * @param string $string_to_sign The signed bytes.
	 * @param string $signature      The decoded signature.
	 * @throws Failure When it does not match.
	 */
	public function verify( int $version, string $string_to_sign, string $signature ): void {
		if ( strlen( $signature ) !== $this->modulus_bytes || $this->bits < self::MIN_RSA_BITS || $this->bits > self::MAX_RSA_BITS ) {
			throw Failure::invalid_signature();
		}
		if ( 1 !== openssl_verify( $string_to_sign, $signature, $this->public_key, 2 === $version ? OPENSSL_ALGO_SHA256 : OPENSSL_ALGO_SHA1 ) ) {
			while ( openssl_error_string() ) { // phpcs:ignore Generic.CodeAnalysis.EmptyStatement -- drain OpenSSL's error queue.
			}
			throw Failure::invalid_signature();
		}
	}

	/**
	 * The DER of exactly one strict PEM CERTIFICATE block (RFC 7468):
	 * surrounding white space allowed, anything else refused.
	 *
	 * @param string $pem The answer.
	 * @throws Failure When it is not that.
	 */
	public static function pem_to_der( string $pem ): string {
		if ( strlen( $pem ) > self::MAX_CERTIFICATE_BYTES ) {
			throw Failure::invalid_certificate( 'the answer is larger than 64 KiB' );
		}
		if ( ! Text::is_utf8( $pem ) ) {
			throw Failure::invalid_certificate( 'the answer is not PEM text' );
		}
		$text = trim( $pem, " \t\n\x0C\r" );
		if ( 1 !== substr_count( $text, '-----BEGIN' ) ) {
			throw Failure::invalid_certificate( 'the answer does not hold exactly one PEM block' );
		}
		$begin = '-----BEGIN CERTIFICATE-----';
		$end   = '-----END CERTIFICATE-----';
		if ( ! str_starts_with( $text, $begin ) || ! str_ends_with( substr( $text, strlen( $begin ) ), $end ) ) {
			throw Failure::invalid_certificate( 'the answer is not exactly one PEM CERTIFICATE block' );
		}
		$body = substr( $text, strlen( $begin ), -strlen( $end ) );
		$b64  = '';
		foreach ( explode( "\n", $body ) as $line ) {
			$line = str_ends_with( $line, "\r" ) ? substr( $line, 0, -1 ) : $line;
			if ( 1 === preg_match( '~[^A-Za-z0-9+/=]~', $line ) ) {
				throw Failure::invalid_certificate( 'the PEM block holds characters outside base64' );
			}
			$b64 .= $line;
		}
		$der = Base64::strict_decode( $b64 );
		if ( null === $der ) {
			throw Failure::invalid_certificate( 'the PEM block is not valid base64' );
		}
		return $der;
	}

	/**
	 * Whether the certificate names Amazon SNS for $region, through its DNS
	 * subjectAltNames, or its one subject common name when it has no SAN
	 * (the names of src/certificate.rs).
	 *
	 * @param string               $der    The certificate.
	 * @param array<string, mixed> $parsed openssl_x509_parse() of it.
	 * @param string               $region The certificate URL's region.
	 * @throws Failure When the subjectAltName extension is malformed.
	 */
	private static function names_sns( string $der, array $parsed, string $region ): bool {
		$accepted = array( 'sns.amazonaws.com', "sns-signing.{$region}.amazonaws.com", "sns-{$region}.amazonaws.com.cn", AwsNames::sns_host( $region ) );
		if ( str_starts_with( $region, 'us-gov-' ) ) {
			$accepted[] = 'sns-us-gov-west-1.amazonaws.com';
		}
		$dns_names = Der::subject_alt_dns_names( $der );
		if ( false === $dns_names ) {
			throw Failure::invalid_certificate( 'its subjectAltName extension is malformed' );
		}
		if ( null !== $dns_names ) {
			return array() !== array_intersect( $dns_names, $accepted );
		}
		$common_name = $parsed['subject']['CN'] ?? null;
		return is_string( $common_name ) && in_array( $common_name, $accepted, true );
	}

	/**
	 * aws-lc's rule for an RSA public exponent: odd, at least 3, under 2^33.
	 *
	 * @param string $exponent Big-endian bytes.
	 */
	private static function is_usable_exponent( string $exponent ): bool {
		$exponent = ltrim( $exponent, "\0" );
		if ( '' === $exponent || strlen( $exponent ) > 5 ) {
			return false;
		}
		$value = (int) hexdec( bin2hex( $exponent ) );
		return 1 === $value % 2 && $value >= 3 && $value < 2 ** 33;
	}
}
