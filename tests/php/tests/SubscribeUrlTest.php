<?php
/**
 * Rule 10: a verified SubscriptionConfirmation's SubscribeURL is visited only
 * when it is exactly the ConfirmSubscription call for its own topic and token.
 * Every case here is re-signed: the signature is valid, only the URL is wrong.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class SubscribeUrlTest extends ExtensionTestCase {
	/** @return array<string,array{string}> */
	public function subscribeUrlTricks(): array {
		$topic = SnsMessages::TOPIC;
		$query = "Action=ConfirmSubscription&TopicArn=$topic&Token=TOKEN";
		return array(
			'other host'               => array( "https://evil.example/?$query" ),
			'other region'             => array( "https://sns.us-west-2.amazonaws.com/?$query" ),
			'lookalike host'           => array( "https://sns.us-east-1.amazonaws.com.evil.tld/?$query" ),
			'http'                     => array( "http://sns.us-east-1.amazonaws.com/?$query" ),
			'port'                     => array( "https://sns.us-east-1.amazonaws.com:8443/?$query" ),
			'userinfo'                 => array( "https://sns.us-east-1.amazonaws.com@evil.example/?$query" ),
			'other path'               => array( "https://sns.us-east-1.amazonaws.com/x/?$query" ),
			'fragment'                 => array( "https://sns.us-east-1.amazonaws.com/?$query#frag" ),
			'tampered token'           => array( "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=$topic&Token=TOKENx" ),
			'other topic'              => array( 'https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-east-1:123456789012:other&Token=TOKEN' ),
			'other action'             => array( "https://sns.us-east-1.amazonaws.com/?Action=Subscribe&TopicArn=$topic&Token=TOKEN" ),
			'extra parameter'          => array( "https://sns.us-east-1.amazonaws.com/?$query&Endpoint=https://evil.example/" ),
			'repeated parameter'       => array( "https://sns.us-east-1.amazonaws.com/?$query&Token=TOKEN" ),
			'missing token'            => array( "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=$topic" ),
			'bad percent-escape'       => array( "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=$topic&Token=TOKEN%G1" ),
			'white space'              => array( "https://sns.us-east-1.amazonaws.com/?$query " ),
		);
	}

	/** @dataProvider subscribeUrlTricks */
	public function testSubscribeUrlTrickIsAnInvalidSubscribeUrl( string $url_template ): void {
		$token    = bin2hex( random_bytes( 32 ) );
		$envelope = SnsMessages::confirmation( 'SubscriptionConfirmation', array( 'Token' => $token, 'SubscribeURL' => str_replace( 'TOKEN', $token, $url_template ) ) );

		$response = $this->handleEnvelope( $envelope );

		$this->assertRejected( 400, 'invalid_subscribe_url', $response );
		$this->assertSame( array(), $this->standinRequestsMentioning( $token ), 'nothing was visited' );
	}

	public function testSubscribeUrlRegionMustBeTheTopicsRegion(): void {
		// A real SNS host, a real token, the wrong region: refused.
		$envelope = SnsMessages::confirmation( 'SubscriptionConfirmation' );
		$envelope = SnsMessages::sign( array( 'SubscribeURL' => str_replace( 'sns.us-east-1.', 'sns.eu-west-1.', $envelope['SubscribeURL'] ) ) + $envelope );

		$response = $this->handleEnvelope( $envelope );

		$this->assertRejected( 400, 'invalid_subscribe_url', $response );
		$this->assertStringContainsString( 'region', $response['detail'] );
	}

	public function testTamperedSubscribeUrlWithoutResigningIsAnInvalidSignature(): void {
		$envelope                 = SnsMessages::confirmation( 'SubscriptionConfirmation' );
		$envelope['SubscribeURL'] = str_replace( 'sns.us-east-1.', 'sns.eu-west-1.', $envelope['SubscribeURL'] );

		$this->assertRejected( 403, 'invalid_signature', $this->handleEnvelope( $envelope ) );
	}
}
