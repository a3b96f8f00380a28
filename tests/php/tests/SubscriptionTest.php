<?php
/**
 * Rules 10 and 11: subscription confirmations, confirmed for real over HTTPS
 * against the local SNS stand-in (reached through quillcrm_sns.test_resolve).
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class SubscriptionTest extends ExtensionTestCase {
	public function testSubscriptionConfirmationIsConfirmedOverHttpsAndReturnsTheSubscriptionArn(): void {
		$envelope = SnsMessages::confirmation( 'SubscriptionConfirmation' );

		$response = $this->handleEnvelope( $envelope );

		$this->assertAccepted( 'subscribed', $response );
		$this->assertSame( 'SubscriptionConfirmation', $response['type'] );
		$this->assertMatchesRegularExpression(
			'/^' . preg_quote( SnsMessages::TOPIC, '/' ) . ':[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/',
			(string) $response['subscription_arn']
		);
		$visits = $this->standinRequestsMentioning( $envelope['Token'] );
		$this->assertCount( 1, $visits, 'the SubscribeURL was visited exactly once' );
		$this->assertSame( 'confirm', $visits[0]['served'] );
		$this->assertSame( $response['subscription_arn'], $visits[0]['subscription_arn'], 'the ARN is the one SNS answered' );
		$this->assertSame( 'sns.us-east-1.amazonaws.com', $visits[0]['host'] );
		$this->assertSame( '/', $visits[0]['path'] );
		$this->assertSame( substr( $envelope['SubscribeURL'], strlen( 'https://sns.us-east-1.amazonaws.com/?' ) ), $visits[0]['raw_query'], 'the SubscribeURL, verbatim' );
		$this->assertNull( $response['notification'] );
		$this->assertSame( array(), $response['recipients'] );
	}

	public function testSubscriptionConfirmationWithSignatureVersion2IsConfirmed(): void {
		$response = $this->handleEnvelope( SnsMessages::confirmation( 'SubscriptionConfirmation', array( 'SignatureVersion' => '2' ) ) );

		$this->assertAccepted( 'subscribed', $response );
		$this->assertIsString( $response['subscription_arn'] );
	}

	public function testSubscribeUrlWithPercentEncodedTopicArnIsConfirmed(): void {
		$token    = bin2hex( random_bytes( 32 ) );
		$url      = 'https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=' . rawurlencode( SnsMessages::TOPIC ) . "&Token=$token";
		$response = $this->handleEnvelope( SnsMessages::confirmation( 'SubscriptionConfirmation', array( 'Token' => $token, 'SubscribeURL' => $url ) ) );

		$this->assertAccepted( 'subscribed', $response );
	}

	public function testLambdaSpellingOfSubscribeUrlIsAccepted(): void {
		$envelope                 = SnsMessages::confirmation( 'SubscriptionConfirmation' );
		$envelope['SubscribeUrl'] = $envelope['SubscribeURL'];
		unset( $envelope['SubscribeURL'] );

		$this->assertAccepted( 'subscribed', $this->handleEnvelope( $envelope ) );
	}

	public function testConfirmFalseVerifiesButVisitsNothing(): void {
		$envelope = SnsMessages::confirmation( 'SubscriptionConfirmation' );

		$response = $this->handleEnvelope( $envelope, array( 'confirm' => false ) );

		$this->assertAccepted( 'ignored', $response );
		$this->assertNull( $response['subscription_arn'] );
		$this->assertSame( 'SubscriptionConfirmation', $response['type'] );
		$this->assertSame( array(), $this->standinRequestsMentioning( $envelope['Token'] ) );
	}

	public function testConfirmFalseStillRejectsABadSubscribeUrl(): void {
		$envelope = SnsMessages::confirmation( 'SubscriptionConfirmation' );
		$envelope = SnsMessages::sign( array( 'SubscribeURL' => str_replace( 'sns.us-east-1', 'sns.us-west-2', $envelope['SubscribeURL'] ) ) + $envelope );

		$this->assertRejected( 400, 'invalid_subscribe_url', $this->handleEnvelope( $envelope, array( 'confirm' => false ) ) );
	}

	public function testUnsubscribeConfirmationIsUnsubscribedAndVisitsNothing(): void {
		$envelope = SnsMessages::confirmation( 'UnsubscribeConfirmation' );

		$response = $this->handleEnvelope( $envelope );

		$this->assertAccepted( 'unsubscribed', $response );
		$this->assertSame( 'UnsubscribeConfirmation', $response['type'] );
		$this->assertNull( $response['subscription_arn'] );
		$this->assertSame( array(), $this->standinRequestsMentioning( $envelope['Token'] ) );
	}

	public function testUnsubscribeConfirmationWithAnyUrlIsNeverVisited(): void {
		$envelope = SnsMessages::confirmation( 'UnsubscribeConfirmation', array( 'SubscribeURL' => 'https://sns.us-east-1.amazonaws.com/?Action=Subscribe&Marker=unsub-probe' ) );

		$this->assertAccepted( 'unsubscribed', $this->handleEnvelope( $envelope ) );
		$this->assertSame( array(), $this->standinRequestsMentioning( 'unsub-probe' ) );
	}

	public function testAConfirmationSnsRefusesIsRefusedNotRetried(): void {
		// An empty Token passes the URL policy (it equals the signed one), and
		// the stand-in answers HTTP 400 InvalidParameter as SNS does for an
		// expired token: asking again cannot help (a queue would bring it back
		// for 14 days).
		$envelope = SnsMessages::confirmation( 'SubscriptionConfirmation', array( 'Token' => '' ) );

		$response = $this->handleEnvelope( $envelope );

		$this->assertRejected( 403, 'confirmation_refused', $response );
		$this->assertStringContainsString( 'HTTP 400', $response['detail'] );
	}

	/** @return array<string, array{string}> */
	public function throttlingCodes(): array {
		return array(
			'Throttling'          => array( 'Throttling' ),
			'ThrottlingException' => array( 'ThrottlingException' ),
		);
	}

	/** @dataProvider throttlingCodes */
	public function testAConfirmationSnsThrottlesIsRetried( string $code ): void {
		// The stand-in answers this token HTTP 400 with that error code.
		$envelope = SnsMessages::confirmation( 'SubscriptionConfirmation', array( 'Token' => "THROTTLED-$code" ) );

		$response = $this->handleEnvelope( $envelope );

		$this->assertRejected( 503, 'confirmation_failed', $response );
	}

	/** @group extension-only */
	public function testConfirmationToAnUnreachableHostIsRetried(): void {
		// sa-east-1 goes to a closed port; its certificate comes from the disk cache.
		$topic    = 'arn:aws:sns:sa-east-1:123456789012:ses-bounces';
		$cert_id  = SnsMessages::fresh_cert_id();
		CertificateCacheTest::writeCacheFile( SnsMessages::cert_url( 'sa-east-1', $cert_id ), (string) file_get_contents( SnsMessages::fixture( 'signing.pem' ) ) );
		$envelope = SnsMessages::confirmation( 'SubscriptionConfirmation', array( 'TopicArn' => $topic, 'SigningCertURL' => SnsMessages::cert_url( 'sa-east-1', $cert_id ) ) );

		$response = $this->handleEnvelope( $envelope );

		$this->assertRejected( 503, 'confirmation_failed', $response );
		$this->assertSame( 'disk', $response['certificate_source'] );
	}
}
