<?php
/**
 * The comparison for measurement 2: an SNS/SES verifier written the way
 * WordPress plugins typically do it in plain PHP (json_decode, build the
 * string to sign, openssl_pkey_get_public() on the certificate PEM every
 * time, openssl_verify()), with the certificate read from a local file (the
 * cheapest variant: many plugins download it on every request). It does the
 * same work as the extension's success path: field checks, certificate URL
 * check, signature, replay window, SES classification. Benchmark code only.
 */

declare(strict_types=1);

namespace QuillCRM\Bench;

final class PlainVerifier {
	private string $cert_file;

	public function __construct( string $cert_file ) {
		$this->cert_file = $cert_file;
	}

	/** @return array<string,mixed> */
	public function handle( string $body, int $now ): array {
		$message = json_decode( $body, true );
		if ( ! is_array( $message ) ) {
			return array( 'status' => 400, 'error' => 'malformed_body' );
		}
		foreach ( array( 'Type', 'MessageId', 'TopicArn', 'Message', 'Timestamp', 'SignatureVersion', 'Signature', 'SigningCertURL' ) as $field ) {
			if ( ! isset( $message[ $field ] ) || ! is_string( $message[ $field ] ) ) {
				return array( 'status' => 400, 'error' => 'missing_field' );
			}
		}
		$url = parse_url( $message['SigningCertURL'] );
		if ( 'https' !== ( $url['scheme'] ?? '' ) || ! preg_match( '/^sns\.[a-z0-9-]+\.amazonaws\.com$/', $url['host'] ?? '' )
			|| ! preg_match( '#^/SimpleNotificationService-[0-9a-f]{32}\.pem$#', $url['path'] ?? '' ) ) {
			return array( 'status' => 403, 'error' => 'invalid_cert_url' );
		}
		$algo = array( '1' => OPENSSL_ALGO_SHA1, '2' => OPENSSL_ALGO_SHA256 )[ $message['SignatureVersion'] ] ?? null;
		if ( null === $algo ) {
			return array( 'status' => 400, 'error' => 'unsupported_signature_version' );
		}

		$pem = file_get_contents( $this->cert_file );
		$key = openssl_pkey_get_public( $pem );
		if ( false === $key ) {
			return array( 'status' => 403, 'error' => 'invalid_certificate' );
		}
		$signature = base64_decode( $message['Signature'], true );
		if ( false === $signature || 1 !== openssl_verify( self::string_to_sign( $message ), $signature, $key, $algo ) ) {
			return array( 'status' => 403, 'error' => 'invalid_signature' );
		}
		$time = strtotime( $message['Timestamp'] );
		if ( false === $time || $time < $now - 3900 || $time > $now + 300 ) {
			return array( 'status' => 403, 'error' => 'stale_message' );
		}
		return array(
			'status'     => 200,
			'message_id' => $message['MessageId'],
			'topic_arn'  => $message['TopicArn'],
			'recipients' => self::classify( $message['Message'] ),
		);
	}

	/** @param array<string,string> $m */
	public static function string_to_sign( array $m ): string {
		$keys = 'Notification' === $m['Type']
			? array( 'Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type' )
			: array( 'Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type' );
		$out = '';
		foreach ( $keys as $key ) {
			if ( isset( $m[ $key ] ) ) {
				$out .= $key . "\n" . $m[ $key ] . "\n";
			}
		}
		return $out;
	}

	/** @return list<array<string,?string>> */
	public static function classify( string $json ): array {
		$ses = json_decode( $json, true );
		if ( ! is_array( $ses ) ) {
			return array();
		}
		$kind = $ses['notificationType'] ?? $ses['eventType'] ?? '';
		$out  = array();
		if ( 'Bounce' === $kind ) {
			$class = 'Permanent' === ( $ses['bounce']['bounceType'] ?? '' ) ? 'hard' : 'soft';
			foreach ( $ses['bounce']['bouncedRecipients'] ?? array() as $r ) {
				$out[] = array( 'email' => strtolower( (string) $r['emailAddress'] ), 'class' => $class, 'status' => $r['status'] ?? null, 'diagnostic' => $r['diagnosticCode'] ?? null );
			}
		} elseif ( 'Complaint' === $kind ) {
			foreach ( $ses['complaint']['complainedRecipients'] ?? array() as $r ) {
				$out[] = array( 'email' => strtolower( (string) $r['emailAddress'] ), 'class' => 'complaint', 'status' => null, 'diagnostic' => null );
			}
		} elseif ( 'Delivery' === $kind ) {
			foreach ( $ses['delivery']['recipients'] ?? array() as $email ) {
				$out[] = array( 'email' => strtolower( (string) $email ), 'class' => 'delivery', 'status' => null, 'diagnostic' => null );
			}
		}
		return $out;
	}
}
