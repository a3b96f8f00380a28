<?php
/**
 * Amazon SNS HTTP(S) deliveries for this suite, with its clock, topic and
 * certificate ids, signed with the project's test signing keys
 * (tests/fixtures/pki/, made by make-pki.sh).
 *
 * The SNS rules themselves (string to sign, SHA1 for SignatureVersion "1",
 * SHA256 for "2", base64) are QuillCRM\E2E\SnsSigner's, which
 * tests/e2e/tests/SnsSignerTest.php checks against the genuine AWS-signed
 * messages of ../shared/fixtures/sns-real/.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

use QuillCRM\E2E\SnsSigner;

final class SnsMessages {
	/** The suite's clock: every message is dated from it, and `now` is set from it. */
	public const NOW = 1795204800; // 2026-11-20T20:00:00Z

	public const TOPIC = 'arn:aws:sns:us-east-1:123456789012:ses-bounces';

	/** The certificate id most tests use (any 32 hex digits are served). */
	public const CERT_ID = '0123456789abcdef0123456789abcdef';

	public static function fixture( string $name ): string {
		return dirname( __DIR__, 2 ) . '/fixtures/pki/' . $name;
	}

	/** "https://sns.<region>.amazonaws.com[.cn]/SimpleNotificationService-<id>.pem" */
	public static function cert_url( string $region, string $cert_id = self::CERT_ID ): string {
		$suffix = str_starts_with( $region, 'cn-' ) ? '.amazonaws.com.cn' : '.amazonaws.com';
		return "https://sns.$region$suffix/SimpleNotificationService-$cert_id.pem";
	}

	/** A fresh certificate id, so that no earlier test has cached its key. */
	public static function fresh_cert_id(): string {
		return bin2hex( random_bytes( 16 ) );
	}

	public static function region( string $topic_arn ): string {
		return explode( ':', $topic_arn )[3];
	}

	/** SNS's Timestamp form: 2026-11-20T20:00:00.000Z. */
	public static function timestamp( int $unix ): string {
		return gmdate( 'Y-m-d\TH:i:s', $unix ) . '.000Z';
	}

	/**
	 * A signed Notification.
	 *
	 * @param array<string,string|null> $overrides set (or, with null, remove) fields before signing.
	 * @return array<string,string>
	 */
	public static function notification( string $message, array $overrides = array(), string $key_file = 'signing.key' ): array {
		$topic    = $overrides['TopicArn'] ?? self::TOPIC;
		$region   = self::region( $topic );
		$envelope = array(
			'Type'             => 'Notification',
			'MessageId'        => SnsSigner::uuid(),
			'TopicArn'         => $topic,
			'Message'          => $message,
			'Timestamp'        => self::timestamp( self::NOW ),
			'SignatureVersion' => '1',
			'Signature'        => '',
			'SigningCertURL'   => self::cert_url( $region ),
			'UnsubscribeURL'   => "https://sns.$region.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=$topic:" . SnsSigner::uuid(),
		);
		return self::sign( SnsSigner::apply( $envelope, $overrides ), $key_file );
	}

	/**
	 * A signed SubscriptionConfirmation or UnsubscribeConfirmation.
	 *
	 * @param array<string,string|null> $overrides
	 * @return array<string,string>
	 */
	public static function confirmation( string $type, array $overrides = array(), string $key_file = 'signing.key' ): array {
		$topic    = $overrides['TopicArn'] ?? self::TOPIC;
		$region   = self::region( $topic );
		$token    = $overrides['Token'] ?? bin2hex( random_bytes( 64 ) );
		$host     = 'sns.' . $region . ( str_starts_with( $region, 'cn-' ) ? '.amazonaws.com.cn' : '.amazonaws.com' );
		$envelope = array(
			'Type'             => $type,
			'MessageId'        => SnsSigner::uuid(),
			'Token'            => $token,
			'TopicArn'         => $topic,
			'Message'          => "You have chosen to subscribe to the topic $topic.\nTo confirm the subscription, visit the SubscribeURL included in this message.",
			'SubscribeURL'     => "https://$host/?Action=ConfirmSubscription&TopicArn=$topic&Token=$token",
			'Timestamp'        => self::timestamp( self::NOW ),
			'SignatureVersion' => '1',
			'Signature'        => '',
			'SigningCertURL'   => self::cert_url( $region ),
		);
		return self::sign( SnsSigner::apply( $envelope, $overrides ), $key_file );
	}

	/**
	 * (Re)computes Signature over the envelope's current values.
	 *
	 * @param array<string,string> $envelope
	 * @return array<string,string>
	 */
	public static function sign( array $envelope, string $key_file = 'signing.key' ): array {
		return ( new SnsSigner( self::fixture( $key_file ) ) )->sign( $envelope );
	}

	/** @param array<string,mixed> $envelope */
	public static function body( array $envelope ): string {
		return json_encode( $envelope, JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT | JSON_THROW_ON_ERROR );
	}
}
