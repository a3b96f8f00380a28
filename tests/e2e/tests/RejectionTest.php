<?php
/**
 * Deliveries the webhook must refuse, and the contact they must not touch.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;
use QuillCRM\E2E\SnsSigner;

final class RejectionTest extends E2eTestCase {

	public function testWrongKeyIsRejectedWith403(): void {
		$email = $this->new_contact( 'wrong-key' );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ), $this->site->webhook_url( str_repeat( '0', 48 ) ) );

		$this->assertAnswer( 403, $r, 'rejected', 'invalid_key' );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testMissingKeyIsRejectedWith403(): void {
		$email = $this->new_contact( 'no-key' );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ), $this->site->url( '/?quillcrm_webhook=bounce&provider=amazonses' ) );

		$this->assertAnswer( 403, $r, 'rejected', 'invalid_key' );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testTamperedSignatureIsRejectedWith403(): void {
		$victim   = $this->new_contact( 'tampered' );
		$envelope = $this->notification( SesPayload::permanent_bounce( Site::unique_email( 'signed-for' ) ) );
		// The attacker swaps the signed Message for one naming the victim.
		$envelope['Message'] = SesPayload::permanent_bounce( $victim );

		$r = $this->site->deliver( $envelope );

		$this->assertAnswer( 403, $r, 'rejected', 'invalid_signature' );
		$this->assertContactState( $victim, 'subscribed', 0 );
	}

	public function testSignatureByAnotherKeyIsRejectedWith403(): void {
		$victim = $this->new_contact( 'other-key' );
		// Signed with a key whose certificate is not the one at SigningCertURL.
		$forger   = new SnsSigner( $this->site->pki( 'tls-sns.key' ) );
		$envelope = $forger->notification( self::TOPIC, SesPayload::permanent_bounce( $victim ) );

		$r = $this->site->deliver( $envelope );

		$this->assertAnswer( 403, $r, 'rejected', 'invalid_signature' );
		$this->assertContactState( $victim, 'subscribed', 0 );
	}

	public function testOtherTopicIsRejectedWith403(): void {
		$email = $this->new_contact( 'other-topic' );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ), self::OTHER_TOPIC ) );

		$this->assertAnswer( 403, $r, 'rejected', 'topic_not_allowed' );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testRawMessageDeliveryIsRejectedWith400(): void {
		$email = $this->new_contact( 'raw' );
		// With "Raw message delivery" on, SNS posts the SES JSON itself.
		$headers = array(
			'x-amz-sns-message-type: Notification',
			'x-amz-sns-message-id: ' . SnsSigner::uuid(),
			'x-amz-sns-topic-arn: ' . self::TOPIC,
			'x-amz-sns-rawdelivery: true',
			'Content-Type: text/plain; charset=UTF-8',
			'User-Agent: Amazon Simple Notification Service Agent',
		);

		$r = $this->site->request( 'POST', $this->site->webhook_url(), SesPayload::permanent_bounce( $email ), $headers );

		$this->assertAnswer( 400, $r, 'rejected', 'raw_message_delivery' );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testStaleMessageIsRejectedWith403(): void {
		$email    = $this->new_contact( 'stale' );
		$envelope = $this->sns->notification( self::TOPIC, SesPayload::permanent_bounce( $email ), null, '1', array( 'Timestamp' => SnsSigner::timestamp( microtime( true ) - 2 * 3600 ) ) );

		$r = $this->site->deliver( $envelope );

		$this->assertAnswer( 403, $r, 'rejected', 'stale_message' );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testGetAnswers405SayingTheEndpointTakesPostsFromAmazonSns(): void {
		$r = $this->site->request( 'GET', $this->site->webhook_url() );

		$this->assertSame( 405, $r['status'], $r['body'] );
		$this->assertSame( 'POST', $r['headers']['allow'] ?? null, 'a 405 names the allowed method' );
		$this->assertStringContainsString( 'POST', $r['body'] );
		$this->assertStringContainsString( 'Amazon SNS', $r['body'] );
	}

	public function testGetTellsWhetherTheKeyIsRightWithoutEchoingIt(): void {
		$key   = $this->site->key();
		$right = $this->site->request( 'GET', $this->site->webhook_url( $key ) );
		$wrong = $this->site->request( 'GET', $this->site->webhook_url( 'not-the-key' ) );

		$this->assertSame( 405, $right['status'] );
		$this->assertSame( 405, $wrong['status'] );
		$this->assertNotSame( $right['body'], $wrong['body'], 'the answer says whether the key is right' );
		$this->assertStringNotContainsString( $key, $right['body'], 'the key is never echoed' );
		$this->assertStringNotContainsString( 'not-the-key', $wrong['body'] );
	}

	public function testUnknownProviderAnswers404(): void {
		$r = $this->site->deliver( $this->notification( SesPayload::delivery( Site::unique_email( 'provider' ) ) ), $this->site->webhook_url( null, 'sendgrid' ) );

		$this->assertSame( 404, $r['status'], $r['body'] );
	}
}
