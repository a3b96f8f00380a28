<?php
/**
 * What every test of the extension shares: calling quillcrm_sns_handle() with
 * the suite's key and clock, checking the documented shape of every answer,
 * and reading what the SNS stand-in was asked.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

use PHPUnit\Framework\TestCase;

abstract class ExtensionTestCase extends TestCase {
	protected const KEY = 'wh-key-Zq8v3N1pL0xR7tY2';

	/** Every key of the returned array, in the documented order. */
	protected const RESPONSE_KEYS = array(
		'status',
		'outcome',
		'error',
		'detail',
		'type',
		'message_id',
		'topic_arn',
		'timestamp',
		'signature_version',
		'subscribe_url',
		'subscription_arn',
		'notification',
		'recipients',
		'certificate_source',
		'test_trust',
	);

	protected const NOTIFICATION_KEYS = array(
		'kind',
		'format',
		'mail_message_id',
		'feedback_id',
		'bounce_type',
		'bounce_sub_type',
		'complaint_feedback_type',
		'complaint_sub_type',
		'source',
		'timestamp',
		'mail_timestamp',
	);

	protected const RECIPIENT_KEYS = array( 'email', 'applies_to', 'class', 'status', 'action', 'diagnostic' );

	protected const OUTCOMES = array( 'bounce', 'complaint', 'delivery', 'subscribed', 'unsubscribed', 'ignored', 'rejected', 'retry' );

	protected const ERROR_CODES = array(
		'invalid_key',
		'body_too_large',
		'malformed_body',
		'raw_message_delivery',
		'missing_field',
		'unsupported_type',
		'unsupported_signature_version',
		'invalid_cert_url',
		'cert_unavailable',
		'invalid_certificate',
		'invalid_signature',
		'stale_message',
		'topic_not_allowed',
		'invalid_subscribe_url',
		'confirmation_failed',
		'confirmation_refused',
		'header_mismatch',
		'signature_version_not_allowed',
	);

	/**
	 * quillcrm_sns_handle() with the right key and the suite's clock unless
	 * $request says otherwise; the answer's shape is checked every time.
	 *
	 * @param array<string,mixed> $request
	 * @return array<string,mixed>
	 */
	protected function handle( string $body, array $request = array() ): array {
		$request += array(
			'key'          => self::KEY,
			'expected_key' => self::KEY,
			'now'          => SnsMessages::NOW + 5,
		);
		$response = quillcrm_sns_handle( $body, $request );
		$this->assertDocumentedShape( $response );
		return $response;
	}

	/**
	 * @param array<string,string> $envelope
	 * @param array<string,mixed> $request
	 * @return array<string,mixed>
	 */
	protected function handleEnvelope( array $envelope, array $request = array() ): array {
		return $this->handle( SnsMessages::body( $envelope ), $request );
	}

	/** @param mixed $response */
	protected function assertDocumentedShape( $response ): void {
		$this->assertIsArray( $response );
		$this->assertSame( self::RESPONSE_KEYS, array_keys( $response ), 'the documented keys, and only those' );
		$this->assertContains( $response['status'], array( 200, 400, 403, 413, 503 ) );
		$this->assertContains( $response['outcome'], self::OUTCOMES );
		$this->assertIsString( $response['detail'] );
		$this->assertNotSame( '', $response['detail'] );
		$this->assertStringNotContainsString( "\n", $response['detail'], 'detail is one line' );
		$this->assertIsBool( $response['test_trust'] );
		$this->assertContains( $response['certificate_source'], array( null, 'memory', 'disk', 'network' ) );
		if ( null === $response['error'] ) {
			$this->assertSame( 200, $response['status'] );
			$this->assertNotContains( $response['outcome'], array( 'rejected', 'retry' ) );
		} else {
			$this->assertContains( $response['error'], self::ERROR_CODES );
			$this->assertSame( 503 === $response['status'] ? 'retry' : 'rejected', $response['outcome'] );
		}
		foreach ( array( 'type', 'message_id', 'topic_arn', 'timestamp', 'subscribe_url', 'subscription_arn' ) as $key ) {
			$this->assertTrue( null === $response[ $key ] || is_string( $response[ $key ] ), "$key is ?string" );
		}
		$this->assertContains( $response['signature_version'], array( null, 1, 2 ) );
		if ( null !== $response['notification'] ) {
			$this->assertSame( self::NOTIFICATION_KEYS, array_keys( $response['notification'] ) );
		}
		$this->assertIsArray( $response['recipients'] );
		$this->assertTrue( array_is_list( $response['recipients'] ), 'recipients is a list' );
		foreach ( $response['recipients'] as $recipient ) {
			$this->assertSame( self::RECIPIENT_KEYS, array_keys( $recipient ) );
		}
	}

	/** @param array<string,mixed> $response */
	protected function assertRejected( int $status, string $error, array $response ): void {
		$this->assertSame(
			array( 'status' => $status, 'outcome' => 503 === $status ? 'retry' : 'rejected', 'error' => $error ),
			array( 'status' => $response['status'], 'outcome' => $response['outcome'], 'error' => $response['error'] ),
			'detail: ' . $response['detail']
		);
		$this->assertSame( array(), $response['recipients'] );
		$this->assertNull( $response['notification'] );
		$this->assertNull( $response['subscription_arn'] );
	}

	/** @param array<string,mixed> $response */
	protected function assertAccepted( string $outcome, array $response ): void {
		$this->assertSame(
			array( 'status' => 200, 'outcome' => $outcome, 'error' => null ),
			array( 'status' => $response['status'], 'outcome' => $response['outcome'], 'error' => $response['error'] ),
			'detail: ' . $response['detail']
		);
	}

	/**
	 * What the us-east-1 stand-in was asked, one entry per request.
	 *
	 * @return list<array<string,mixed>>
	 */
	protected function standinRequests(): array {
		$path = (string) getenv( 'QUILLCRM_TEST_SNS_LOG' );
		if ( ! is_file( $path ) ) {
			return array();
		}
		$requests = array();
		foreach ( file( $path, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES ) ?: array() as $line ) {
			$requests[] = json_decode( $line, true, 16, JSON_THROW_ON_ERROR );
		}
		return $requests;
	}

	/**
	 * The stand-in's requests whose raw query contains $needle.
	 *
	 * @return list<array<string,mixed>>
	 */
	protected function standinRequestsMentioning( string $needle ): array {
		return array_values(
			array_filter(
				$this->standinRequests(),
				static fn( array $r ): bool => str_contains( (string) $r['raw_query'], $needle ) || str_contains( (string) $r['path'], $needle )
			)
		);
	}
}
