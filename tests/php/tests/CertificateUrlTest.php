<?php
/**
 * Rule 4: only https://sns.<region>.amazonaws.com[.cn]/SimpleNotificationService-<32 hex>.pem
 * is ever fetched. Every trick is refused before any network I/O.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class CertificateUrlTest extends ExtensionTestCase {
	private const ID = 'f1e2d3c4b5a697887766554433221100';

	/** @return array<string,array{string}> */
	public function certificateUrlTricks(): array {
		$pem = 'SimpleNotificationService-' . self::ID . '.pem';
		return array(
			'http'                      => array( "http://sns.us-east-1.amazonaws.com/$pem" ),
			'upper-case scheme'         => array( "HTTPS://sns.us-east-1.amazonaws.com/$pem" ),
			'other host'                => array( "https://evil.example/$pem" ),
			'amazonaws.com.evil.tld'    => array( "https://sns.us-east-1.amazonaws.com.evil.tld/$pem" ),
			'S3 bucket host'            => array( "https://sns-certs.s3.amazonaws.com/$pem" ),
			'S3 path style'             => array( "https://s3.amazonaws.com/sns.us-east-1.amazonaws.com/$pem" ),
			'no region'                 => array( "https://sns.amazonaws.com/$pem" ),
			'region not of the topic'   => array( "https://sns.us-west-2.amazonaws.com/$pem" ),
			'.cn for a global region'   => array( "https://sns.us-east-1.amazonaws.com.cn/$pem" ),
			'userinfo'                  => array( "https://sns.us-east-1.amazonaws.com@evil.example/$pem" ),
			'explicit port'             => array( "https://sns.us-east-1.amazonaws.com:443/$pem" ),
			'other port'                => array( "https://sns.us-east-1.amazonaws.com:8443/$pem" ),
			'query ending .pem'         => array( "https://sns.us-east-1.amazonaws.com/?Action=GetSubscriptionAttributes&x=/$pem" ),
			'query after .pem'          => array( "https://sns.us-east-1.amazonaws.com/$pem?x=1" ),
			'fragment .pem'             => array( "https://evil.example/#sns.us-east-1.amazonaws.com/$pem" ),
			'semicolon'                 => array( "https://sns.us-east-1.amazonaws.com/;/$pem" ),
			'trailing space'            => array( "https://sns.us-east-1.amazonaws.com/$pem " ),
			'tab in the host'           => array( "https://sns.us-east-1.amazonaws.com\t/$pem" ),
			'percent-encoded dot'       => array( "https://sns.us-east-1%2eamazonaws.com/$pem" ),
			'percent-encoded path'      => array( 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-' . self::ID . '%2epem' ),
			'backslash'                 => array( "https://evil.example\\@sns.us-east-1.amazonaws.com/$pem" ),
			'other path'                => array( "https://sns.us-east-1.amazonaws.com/certs/$pem" ),
			'upper-case id'             => array( 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-' . strtoupper( self::ID ) . '.pem' ),
			'31 hex digits'             => array( 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-' . substr( self::ID, 1 ) . '.pem' ),
			'not .pem'                  => array( 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-' . self::ID . '.crt' ),
			'non-ASCII host'            => array( "https://sns.us-east-1.amazonaws.cοm/$pem" ),
			'empty'                     => array( '' ),
		);
	}

	/** @dataProvider certificateUrlTricks */
	public function testCertificateUrlTrickIsAnInvalidCertUrl( string $url ): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'SigningCertURL' => $url ) );

		$response = $this->handleEnvelope( $envelope );

		$this->assertRejected( 403, 'invalid_cert_url', $response );
		$this->assertNull( $response['certificate_source'] );
		$this->assertSame( array(), $this->standinRequestsMentioning( self::ID ), 'nothing was fetched' );
	}

	public function testCertificateUrlOfTheTopicsRegionIsAccepted(): void {
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'SigningCertURL' => SnsMessages::cert_url( 'us-east-1', SnsMessages::fresh_cert_id() ) ) );

		$this->assertAccepted( 'bounce', $this->handleEnvelope( $envelope ) );
	}
}
