<?php
/**
 * Why a delivery was not accepted: the stable code, the HTTP status derived
 * from its meaning, one product-neutral sentence. Mirrors src/error.rs.
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * One failure of the rules.
 */
final class Failure extends \Exception {

	/** Meaning => HTTP status (503 only where the failure may pass). */
	private const STATUS_OF_MEANING = array(
		'not_an_sns_delivery' => 400,
		'not_authorized'      => 403,
		'not_authentic'       => 403,
		'not_accepted'        => 403,
		'too_large'           => 413,
		'may_pass'            => 503,
	);

	/** Code => meaning. */
	private const MEANING_OF_CODE = array(
		'invalid_key'                   => 'not_authorized',
		'body_too_large'                => 'too_large',
		'malformed_body'                => 'not_an_sns_delivery',
		'raw_message_delivery'          => 'not_an_sns_delivery',
		'missing_field'                 => 'not_an_sns_delivery',
		'unsupported_type'              => 'not_an_sns_delivery',
		'unsupported_signature_version' => 'not_an_sns_delivery',
		'invalid_subscribe_url'         => 'not_an_sns_delivery',
		'invalid_cert_url'              => 'not_authentic',
		'invalid_certificate'           => 'not_authentic',
		'invalid_signature'             => 'not_authentic',
		'stale_message'                 => 'not_authentic',
		'header_mismatch'               => 'not_authentic',
		'topic_not_allowed'             => 'not_accepted',
		'signature_version_not_allowed' => 'not_accepted',
		'confirmation_refused'          => 'not_accepted',
		'cert_unavailable'              => 'may_pass',
		'confirmation_failed'           => 'may_pass',
	);

	/** The stable code. */
	public string $error_code;

	/** One plain sentence. */
	public string $detail;

	/**
	 * @param string $code   A stable code.
	 * @param string $detail One plain sentence.
	 */
	private function __construct( string $code, string $detail ) {
		parent::__construct( $detail );
		$this->error_code = $code;
		$this->detail     = $detail;
	}

	/** The HTTP status SNS is answered with. */
	public function status(): int {
		return self::STATUS_OF_MEANING[ self::MEANING_OF_CODE[ $this->error_code ] ];
	}

	/** Whether SNS should retry (`retry` rather than `rejected`). */
	public function is_retryable(): bool {
		return 'may_pass' === self::MEANING_OF_CODE[ $this->error_code ];
	}

	public static function invalid_key(): self {
		return new self( 'invalid_key', 'The webhook key is missing or wrong.' );
	}

	public static function body_too_large(): self {
		// No length: a caller may pass only the first 512 KiB + 1 bytes it read.
		return new self( 'body_too_large', 'The request body is more than the 512 KiB an SNS message can be.' );
	}

	public static function malformed_body( string $why ): self {
		return new self( 'malformed_body', "The request body is not a valid SNS message: {$why}." );
	}

	public static function raw_message_delivery(): self {
		return new self( 'raw_message_delivery', 'The body is a bare SES payload, as SNS sends it when Raw message delivery is on.' );
	}

	public static function missing_field( string $name ): self {
		return new self( 'missing_field', "The SNS message has no {$name} field." );
	}

	public static function unsupported_type( string $quoted ): self {
		return new self( 'unsupported_type', "The SNS message type {$quoted} is not supported." );
	}

	public static function unsupported_signature_version( string $quoted ): self {
		return new self( 'unsupported_signature_version', "The SignatureVersion {$quoted} is not supported (only 1 and 2 are)." );
	}

	public static function invalid_cert_url( string $why ): self {
		return new self( 'invalid_cert_url', "The SigningCertURL is not an Amazon SNS certificate URL: {$why}." );
	}

	public static function cert_unavailable( string $why ): self {
		return new self( 'cert_unavailable', "The SNS signing certificate could not be fetched ({$why}); SNS will retry." );
	}

	public static function invalid_certificate( string $why ): self {
		return new self( 'invalid_certificate', "The SNS signing certificate is not acceptable: {$why}." );
	}

	public static function invalid_signature(): self {
		return new self( 'invalid_signature', 'The message signature does not match its content.' );
	}

	public static function stale_message( int $age ): self {
		return new self(
			'stale_message',
			$age < 0
				? 'The message Timestamp is ' . ( PHP_INT_MIN === $age ? '9223372036854775808' : (string) -$age ) . ' s in the future.'
				: "The message is {$age} s old, outside the replay window."
		);
	}

	public static function topic_not_allowed(): self {
		return new self( 'topic_not_allowed', 'The message comes from a topic that is not among the accepted topics.' );
	}

	public static function invalid_subscribe_url( string $why ): self {
		return new self( 'invalid_subscribe_url', "The SubscribeURL is not an Amazon SNS confirmation URL for this topic: {$why}." );
	}

	public static function confirmation_failed( string $why ): self {
		return new self( 'confirmation_failed', "The subscription could not be confirmed ({$why}); SNS will retry." );
	}

	public static function confirmation_refused( int $status ): self {
		return new self( 'confirmation_refused', "SNS refused to confirm the subscription (HTTP {$status}): its token has expired or the subscription no longer exists." );
	}

	public static function header_mismatch( string $name ): self {
		return new self( 'header_mismatch', "The {$name} header does not match the signed message." );
	}

	public static function signature_version_not_allowed( int $signed_with, int $required ): self {
		return new self( 'signature_version_not_allowed', "The message is genuine but signed with SignatureVersion {$signed_with}; SignatureVersion {$required} is required." );
	}

	/**
	 * Quotes untrusted text for a detail sentence: at most 40 characters,
	 * quotes, backslashes and every non-printable or non-ASCII character
	 * escaped as \u{hex} (invalid UTF-8 read as U+FFFD), so nothing an
	 * attacker sends can forge log lines or markup.
	 *
	 * @param string $raw Bytes.
	 */
	public static function quote_untrusted( string $raw ): string {
		$out   = '"';
		$count = 0;
		foreach ( Text::code_points( Text::lossy( $raw ) ) as $code_point ) {
			if ( 40 === $count++ ) {
				$out .= '...';
				break;
			}
			$out .= self::escape_code_point( $code_point );
		}
		return $out . '"';
	}

	/**
	 * $raw as quote_untrusted() writes it, whole and without the quotes.
	 *
	 * @param string $raw Bytes.
	 */
	public static function escape_untrusted( string $raw ): string {
		return implode( '', array_map( array( self::class, 'escape_code_point' ), Text::code_points( Text::lossy( $raw ) ) ) );
	}

	/**
	 * One character as a detail quotes it.
	 *
	 * @param int $code_point Unicode code point.
	 */
	private static function escape_code_point( int $code_point ): string {
		if ( 0x22 === $code_point ) {
			return '\\"';
		}
		if ( 0x5c === $code_point ) {
			return '\\\\';
		}
		if ( $code_point >= 0x20 && $code_point <= 0x7e && ! in_array( $code_point, array( 0x3c, 0x3e, 0x26 ), true ) ) {
			return chr( $code_point );
		}
		return '\\u{' . dechex( $code_point ) . '}';
	}
}
