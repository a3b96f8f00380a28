<?php
/**
 * The SNS HTTP(S) delivery envelope: strict parsing and the string to sign.
 * Mirrors src/envelope.rs and src/timestamp.rs.
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * A parsed SNS message; nothing in it is trusted until its signature verified.
 */
final class Envelope {

	/** The most top-level members an envelope may have. */
	public const MAX_TOP_LEVEL_MEMBERS = 64;

	public const TYPES = array( 'Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation' );

	public string $type;
	public string $message_id;
	public string $topic_arn;
	public ?string $subject;
	public string $message;
	public string $timestamp;
	public int $timestamp_unix;
	/** 1 (SHA1) or 2 (SHA256). */
	public int $signature_version;
	/** The decoded signature bytes. */
	public string $signature;
	public string $signing_cert_url;
	public ?string $token;
	public ?string $subscribe_url;

	/**
	 * Parses the raw body (rules 2 and 3 of the handler).
	 *
	 * @param string $body The body.
	 * @throws Failure When it is not an SNS message.
	 */
	public static function parse( string $body ): self {
		if ( ! Text::is_utf8( $body ) ) {
			throw Failure::malformed_body( 'the body is not valid UTF-8' );
		}
		try {
			$fields = StrictJson::decode_object( $body, self::MAX_TOP_LEVEL_MEMBERS );
		} catch ( JsonError $error ) {
			throw Failure::malformed_body( $error->getMessage() );
		}

		if ( ! array_key_exists( 'Type', $fields ) ) {
			if ( array_key_exists( 'notificationType', $fields ) || array_key_exists( 'eventType', $fields ) || array_key_exists( 'mail', $fields ) ) {
				throw Failure::raw_message_delivery();
			}
			throw Failure::missing_field( 'Type' );
		}
		$envelope       = new self();
		$envelope->type = self::as_string( $fields['Type'], 'Type' );
		if ( ! in_array( $envelope->type, self::TYPES, true ) ) {
			throw Failure::unsupported_type( Failure::quote_untrusted( $envelope->type ) );
		}
		$version = self::required( $fields, 'SignatureVersion' );
		if ( '1' !== $version && '2' !== $version ) {
			throw Failure::unsupported_signature_version( Failure::quote_untrusted( $version ) );
		}
		$envelope->signature_version = (int) $version;
		$envelope->message_id        = self::required( $fields, 'MessageId' );
		// SNS's MessageId is a UUID; one with a line break would let the
		// optional Subject move into it (a replay under a new MessageId).
		if ( 1 === preg_match( '/[\x{0}-\x{1F}\x{7F}-\x{9F}]/u', $envelope->message_id ) ) {
			throw Failure::malformed_body( 'the MessageId holds a control character' );
		}
		$envelope->topic_arn         = self::required( $fields, 'TopicArn' );
		$envelope->message           = self::required( $fields, 'Message' );
		$envelope->timestamp         = self::required( $fields, 'Timestamp' );
		$signature_b64               = self::required( $fields, 'Signature' );
		$cert_url                    = self::either_spelling( $fields, 'SigningCertURL', 'SigningCertUrl' );
		if ( null === $cert_url ) {
			throw Failure::missing_field( 'SigningCertURL' );
		}
		$envelope->signing_cert_url = $cert_url;
		$envelope->subject          = ( ! array_key_exists( 'Subject', $fields ) || null === $fields['Subject'] ) ? null : self::as_string( $fields['Subject'], 'Subject' );
		$envelope->token            = null;
		$envelope->subscribe_url    = null;
		if ( 'Notification' !== $envelope->type ) {
			$envelope->token         = self::required( $fields, 'Token' );
			$envelope->subscribe_url = self::either_spelling( $fields, 'SubscribeURL', 'SubscribeUrl' );
			if ( null === $envelope->subscribe_url ) {
				throw Failure::missing_field( 'SubscribeURL' );
			}
		}
		// Not signed, but refuse a body that carries both spellings.
		self::either_spelling( $fields, 'UnsubscribeURL', 'UnsubscribeUrl' );

		$signature = Base64::strict_decode( $signature_b64 );
		if ( null === $signature ) {
			throw Failure::malformed_body( 'the Signature is not valid base64' );
		}
		$envelope->signature = $signature;
		$unix                = self::parse_timestamp( $envelope->timestamp );
		if ( null === $unix ) {
			throw Failure::malformed_body( 'the Timestamp is not an ISO 8601 UTC time' );
		}
		$envelope->timestamp_unix = $unix;
		return $envelope;
	}

	/**
	 * The bytes SNS signed: `Key\nValue\n` for each signed key present, in
	 * the documented order.
	 */
	public function string_to_sign(): string {
		$pairs = array( 'Message' => $this->message, 'MessageId' => $this->message_id );
		if ( 'Notification' === $this->type ) {
			if ( null !== $this->subject ) {
				$pairs['Subject'] = $this->subject;
			}
			$pairs['Timestamp'] = $this->timestamp;
		} else {
			$pairs['SubscribeURL'] = (string) $this->subscribe_url;
			$pairs['Timestamp']    = $this->timestamp;
			$pairs['Token']        = (string) $this->token;
		}
		$pairs['TopicArn'] = $this->topic_arn;
		$pairs['Type']     = $this->type;
		$out               = '';
		foreach ( $pairs as $key => $value ) {
			$out .= $key . "\n" . $value . "\n";
		}
		return $out;
	}

	/**
	 * Unix seconds of `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, or null for any
	 * other form; the fraction is dropped.
	 *
	 * @param string $text The Timestamp.
	 */
	public static function parse_timestamp( string $text ): ?int {
		if ( 1 !== preg_match( '/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/D', $text, $m ) || strlen( $text ) > 40 ) {
			return null;
		}
		list( , $year, $month, $day, $hour, $minute, $second ) = array_map( 'intval', $m );
		if ( $month < 1 || $month > 12 || $day < 1 || $day > self::days_in_month( $year, $month ) || $hour > 23 || $minute > 59 || $second > 60 ) {
			return null;
		}
		return self::days_from_civil( $year, $month, $day ) * 86400 + $hour * 3600 + $minute * 60 + $second;
	}

	private static function days_in_month( int $year, int $month ): int {
		if ( 2 === $month ) {
			return ( 0 === $year % 4 && 0 !== $year % 100 ) || 0 === $year % 400 ? 29 : 28;
		}
		return in_array( $month, array( 4, 6, 9, 11 ), true ) ? 30 : 31;
	}

	/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
	private static function days_from_civil( int $year, int $month, int $day ): int {
		$y   = $month <= 2 ? $year - 1 : $year;
		$era = intdiv( $y >= 0 ? $y : $y - 399, 400 );
		$yoe = $y - $era * 400;
		$mp  = ( $month + 9 ) % 12;
		$doy = intdiv( 153 * $mp + 2, 5 ) + $day - 1;
		$doe = $yoe * 365 + intdiv( $yoe, 4 ) - intdiv( $yoe, 100 ) + $doy;
		return $era * 146097 + $doe - 719468;
	}

	/**
	 * @param array<string, mixed> $fields Top-level members.
	 * @throws Failure
	 */
	private static function required( array $fields, string $name ): string {
		if ( ! array_key_exists( $name, $fields ) ) {
			throw Failure::missing_field( $name );
		}
		return self::as_string( $fields[ $name ], $name );
	}

	/**
	 * @param array<string, mixed> $fields Top-level members.
	 * @throws Failure When both are present, or the one present is not a string.
	 */
	private static function either_spelling( array $fields, string $canonical, string $lambda ): ?string {
		$has_canonical = array_key_exists( $canonical, $fields );
		$has_lambda    = array_key_exists( $lambda, $fields );
		if ( $has_canonical && $has_lambda ) {
			throw Failure::malformed_body( "both {$canonical} and {$lambda} are present" );
		}
		if ( $has_canonical ) {
			return self::as_string( $fields[ $canonical ], $canonical );
		}
		return $has_lambda ? self::as_string( $fields[ $lambda ], $lambda ) : null;
	}

	/**
	 * @param mixed $value A member's value.
	 * @throws Failure When it is not a JSON string.
	 */
	private static function as_string( $value, string $name ): string {
		if ( ! is_string( $value ) ) {
			throw Failure::malformed_body( "the {$name} field is not a string" );
		}
		return $value;
	}
}
