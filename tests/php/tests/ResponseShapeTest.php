<?php
/**
 * The returned array always has the documented keys (ExtensionTestCase checks
 * that on every call; this test names it), and test_trust under the test
 * directives.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class ResponseShapeTest extends ExtensionTestCase {
	/** @return array<string,array{string,array<string,mixed>}> */
	public function answersOfEveryShape(): array {
		return array(
			'rejected before parsing' => array( '', array( 'key' => 'wrong' ) ),
			'rejected after parsing'  => array( SnsMessages::body( array( 'Message' => 'x' ) + SnsMessages::notification( 'y' ) ), array() ),
			'ignored'                 => array( SnsMessages::body( SnsMessages::notification( 'plain text' ) ), array() ),
			'bounce'                  => array( SnsMessages::body( SnsMessages::notification( SesPayloads::hard_bounce() ) ), array() ),
			'subscribed'              => array( SnsMessages::body( SnsMessages::confirmation( 'SubscriptionConfirmation' ) ), array() ),
			'retry'                   => array( SnsMessages::body( SnsMessages::notification( 'x', array( 'TopicArn' => 'arn:aws:sns:ap-south-1:123456789012:t', 'SigningCertURL' => SnsMessages::cert_url( 'ap-south-1' ) ) ) ), array() ),
		);
	}

	/**
	 * @dataProvider answersOfEveryShape
	 * @param array<string,mixed> $request
	 */
	public function testAnswerHasExactlyTheDocumentedKeys( string $body, array $request ): void {
		$response = quillcrm_sns_handle( $body, $request + array( 'key' => self::KEY, 'expected_key' => self::KEY, 'now' => SnsMessages::NOW ) );

		$this->assertSame( self::RESPONSE_KEYS, array_keys( $response ) );
		$this->assertIsInt( $response['status'] );
		$this->assertIsString( $response['outcome'] );
		$this->assertIsArray( $response['recipients'] );
	}

	/** @dataProvider answersOfEveryShape */
	public function testTestTrustIsTrueUnderTheTestDirectives( string $body, array $request ): void {
		$response = $this->handle( $body, $request );

		$this->assertTrue( $response['test_trust'] );
	}

	public function testFactsAreNullWhenTheBodyWasNotParsed(): void {
		$response = $this->handle( 'not json' );

		$this->assertSame(
			array( 'type' => null, 'message_id' => null, 'topic_arn' => null, 'timestamp' => null, 'certificate_source' => null ),
			array_intersect_key( $response, array_flip( array( 'type', 'message_id', 'topic_arn', 'timestamp', 'certificate_source' ) ) )
		);
	}

	public function testNotificationAndRecipientEntriesHaveTheDocumentedKeys(): void {
		$response = $this->handleEnvelope( SnsMessages::notification( SesPayloads::hard_bounce() ) );

		$this->assertSame( self::NOTIFICATION_KEYS, array_keys( $response['notification'] ) );
		$this->assertSame( self::RECIPIENT_KEYS, array_keys( $response['recipients'][0] ) );
	}
}
