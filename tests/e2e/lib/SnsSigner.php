<?php
/**
 * Builds and signs Amazon SNS HTTP(S) deliveries exactly as SNS does, with the
 * project's test signing key (tests/fixtures/pki/signing.key, whose
 * certificate the SNS stand-in serves at the SigningCertURL).
 *
 * What SNS does, and so what this does (checked against the genuine AWS-signed
 * messages in ../shared/fixtures/sns-real/):
 * - string to sign: "Key\nValue\n" for each signed key present, in this order.
 *   Notification: Message, MessageId, Subject (only when present and not
 *   null), Timestamp, TopicArn, Type. SubscriptionConfirmation and
 *   UnsubscribeConfirmation: Message, MessageId, SubscribeURL, Timestamp,
 *   Token, TopicArn, Type.
 * - SignatureVersion "1" = RSA PKCS#1 v1.5 + SHA1, "2" = + SHA256;
 *   Signature = base64 of that.
 * - The body is SNS's pretty JSON ("Key" : "Value"), in SNS's key order, and
 *   the POST carries the x-amz-sns-* headers.
 */

declare(strict_types=1);

namespace QuillCRM\E2E;

final class SnsSigner {
	private const NOTIFICATION_SIGNED = array( 'Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type' );
	private const CONFIRMATION_SIGNED = array( 'Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type' );

	/** @var \OpenSSLAsymmetricKey */
	private $key;
	private string $cert_id;

	/**
	 * @param string $key_file PEM private key (tests/fixtures/pki/signing.key).
	 * @param string $cert_id  the 32 hex digits of SimpleNotificationService-<id>.pem.
	 */
	public function __construct( string $key_file, string $cert_id = 'e2e0123456789abcdef0123456789abc' ) {
		$pem = file_get_contents( $key_file );
		$key = false === $pem ? false : openssl_pkey_get_private( $pem );
		if ( false === $key ) {
			throw new \RuntimeException( "cannot read the signing key $key_file" );
		}
		if ( ! preg_match( '/^[0-9a-f]{32}$/', $cert_id ) ) {
			throw new \InvalidArgumentException( 'cert_id must be 32 lower-case hex digits' );
		}
		$this->key     = $key;
		$this->cert_id = $cert_id;
	}

	/**
	 * A signed Notification carrying $message (an SES JSON string, or any text).
	 *
	 * @param array<string,string|null> $overrides fields to set before signing
	 *        (e.g. MessageId, Timestamp, SigningCertURL; null removes a field).
	 * @return array<string,string> the envelope, in SNS's key order.
	 */
	public function notification( string $topic_arn, string $message, ?string $subject = null, string $signature_version = '1', array $overrides = array() ): array {
		$region   = self::region( $topic_arn );
		$envelope = array(
			'Type'             => 'Notification',
			'MessageId'        => self::uuid(),
			'TopicArn'         => $topic_arn,
			'Subject'          => $subject,
			'Message'          => $message,
			'Timestamp'        => self::timestamp(),
			'SignatureVersion' => $signature_version,
			'Signature'        => '',
			'SigningCertURL'   => $this->cert_url( $region ),
			'UnsubscribeURL'   => "https://sns.$region.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=$topic_arn:" . self::uuid(),
		);
		if ( null === $subject ) {
			unset( $envelope['Subject'] );
		}
		return $this->sign( self::apply( $envelope, $overrides ) );
	}

	/**
	 * A signed SubscriptionConfirmation, as SNS posts when the HTTPS
	 * subscription is created.
	 *
	 * @param array<string,string|null> $overrides
	 * @return array<string,string>
	 */
	public function subscription_confirmation( string $topic_arn, ?string $token = null, string $signature_version = '1', array $overrides = array() ): array {
		return $this->confirmation( 'SubscriptionConfirmation', $topic_arn, $token, $signature_version, $overrides );
	}

	/**
	 * A signed UnsubscribeConfirmation.
	 *
	 * @param array<string,string|null> $overrides
	 * @return array<string,string>
	 */
	public function unsubscribe_confirmation( string $topic_arn, ?string $token = null, string $signature_version = '1', array $overrides = array() ): array {
		return $this->confirmation( 'UnsubscribeConfirmation', $topic_arn, $token, $signature_version, $overrides );
	}

	/**
	 * (Re)computes Signature over the envelope's current values.
	 *
	 * @param array<string,string> $envelope
	 * @return array<string,string>
	 */
	public function sign( array $envelope ): array {
		$algo = '2' === ( $envelope['SignatureVersion'] ?? '1' ) ? OPENSSL_ALGO_SHA256 : OPENSSL_ALGO_SHA1;
		if ( ! openssl_sign( self::string_to_sign( $envelope ), $signature, $this->key, $algo ) ) {
			throw new \RuntimeException( 'openssl_sign failed: ' . openssl_error_string() );
		}
		$envelope['Signature'] = base64_encode( $signature );
		return $envelope;
	}

	/** @param array<string,string|null> $envelope */
	public static function string_to_sign( array $envelope ): string {
		$keys = 'Notification' === ( $envelope['Type'] ?? '' ) ? self::NOTIFICATION_SIGNED : self::CONFIRMATION_SIGNED;
		$out  = '';
		foreach ( $keys as $key ) {
			if ( isset( $envelope[ $key ] ) ) {
				$out .= $key . "\n" . $envelope[ $key ] . "\n";
			}
		}
		return $out;
	}

	/**
	 * The HTTP body, formatted as SNS formats it.
	 *
	 * @param array<string,string> $envelope
	 */
	public static function body( array $envelope ): string {
		$lines = array();
		foreach ( $envelope as $key => $value ) {
			$lines[] = '  ' . json_encode( (string) $key ) . ' : ' . json_encode( $value, JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR );
		}
		return "{\n" . implode( ",\n", $lines ) . "\n}";
	}

	/**
	 * The request headers SNS sends with a delivery, as "Name: value" lines.
	 *
	 * @param array<string,string> $envelope
	 * @return list<string>
	 */
	public static function headers( array $envelope ): array {
		$headers = array(
			'x-amz-sns-message-type: ' . $envelope['Type'],
			'x-amz-sns-message-id: ' . $envelope['MessageId'],
			'x-amz-sns-topic-arn: ' . $envelope['TopicArn'],
			'Content-Type: text/plain; charset=UTF-8',
			'User-Agent: Amazon Simple Notification Service Agent',
			'Expect:',
		);
		if ( 'Notification' === $envelope['Type'] && isset( $envelope['UnsubscribeURL'] ) ) {
			$sub = substr( (string) strstr( $envelope['UnsubscribeURL'], 'SubscriptionArn=' ), strlen( 'SubscriptionArn=' ) );
			$headers[] = 'x-amz-sns-subscription-arn: ' . $sub;
		}
		return $headers;
	}

	public static function uuid(): string {
		$b    = random_bytes( 16 );
		$b[6] = chr( ( ord( $b[6] ) & 0x0f ) | 0x40 );
		$b[8] = chr( ( ord( $b[8] ) & 0x3f ) | 0x80 );
		return vsprintf( '%s%s-%s-%s-%s-%s%s%s', str_split( bin2hex( $b ), 4 ) );
	}

	/** SNS's timestamp format: 2026-11-26T20:36:21.123Z (UTC, milliseconds). */
	public static function timestamp( ?float $unix = null ): string {
		$unix = $unix ?? microtime( true );
		$secs = (int) floor( $unix );
		return gmdate( 'Y-m-d\TH:i:s', $secs ) . sprintf( '.%03dZ', (int) ( ( $unix - $secs ) * 1000 ) );
	}

	public static function region( string $topic_arn ): string {
		$parts = explode( ':', $topic_arn );
		if ( count( $parts ) !== 6 || 'sns' !== $parts[2] ) {
			throw new \InvalidArgumentException( "not a topic ARN: $topic_arn" );
		}
		return $parts[3];
	}

	private function cert_url( string $region ): string {
		return "https://sns.$region.amazonaws.com/SimpleNotificationService-{$this->cert_id}.pem";
	}

	/**
	 * @param array<string,string|null> $overrides
	 * @return array<string,string>
	 */
	private function confirmation( string $type, string $topic_arn, ?string $token, string $signature_version, array $overrides ): array {
		$region = self::region( $topic_arn );
		$token  = $token ?? bin2hex( random_bytes( 128 ) );
		$verb   = 'SubscriptionConfirmation' === $type ? 'subscribe to' : 'unsubscribe from';
		$envelope = array(
			'Type'             => $type,
			'MessageId'        => self::uuid(),
			'Token'            => $token,
			'TopicArn'         => $topic_arn,
			'Message'          => "You have chosen to $verb the topic $topic_arn.\nTo confirm the subscription, visit the SubscribeURL included in this message.",
			// As SNS writes it: the ARN's colons are not percent-encoded.
			'SubscribeURL'     => "https://sns.$region.amazonaws.com/?Action=ConfirmSubscription&TopicArn=$topic_arn&Token=$token",
			'Timestamp'        => self::timestamp(),
			'SignatureVersion' => $signature_version,
			'Signature'        => '',
			'SigningCertURL'   => $this->cert_url( $region ),
		);
		return $this->sign( self::apply( $envelope, $overrides ) );
	}

	/**
	 * The envelope with $overrides set (a null value removes the field).
	 *
	 * @param array<string,string|null> $envelope
	 * @param array<string,string|null> $overrides
	 * @return array<string,string>
	 */
	public static function apply( array $envelope, array $overrides ): array {
		foreach ( $overrides as $key => $value ) {
			if ( null === $value ) {
				unset( $envelope[ $key ] );
			} else {
				$envelope[ $key ] = $value;
			}
		}
		return $envelope;
	}
}
