<?php
/**
 * The extension's verification rules, seen from the outside on the real
 * site: what it fetches from "SNS" (the stand-in's log) and what it refuses
 * to fetch.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;
use QuillCRM\E2E\SnsSigner;

final class VerificationOnTheSiteTest extends E2eTestCase {

	public function testSigningCertificateIsFetchedOnceThenServedFromTheCache(): void {
		$cert_id = bin2hex( random_bytes( 16 ) );
		$signer  = new SnsSigner( $this->site->pki( 'signing.key' ), $cert_id );
		$path    = "/SimpleNotificationService-$cert_id.pem";
		$email   = $this->new_contact( 'cache' );

		for ( $i = 0; $i < 6; $i++ ) {
			$r = $this->site->deliver( $signer->notification( self::TOPIC, SesPayload::delivery( $email ) ) );
			$this->assertAnswer( 200, $r, 'delivery', null, "delivery #$i" );
		}

		$fetches = array_filter( $this->site->sns_calls(), static fn( array $c ) => $c['path'] === $path );
		$this->assertCount( 1, $fetches, 'six deliveries through several php-fpm workers: one certificate fetch (disk cache)' );
	}

	public function testCertificateUrlOnAnotherHostIsRejectedWithoutFetchingIt(): void {
		$email    = $this->new_contact( 'evil-cert-url' );
		$before   = count( $this->site->sns_calls() );
		$envelope = $this->sns->notification(
			self::TOPIC,
			SesPayload::permanent_bounce( $email ),
			null,
			'1',
			array( 'SigningCertURL' => 'https://sns.us-east-1.amazonaws.com.evil.example/SimpleNotificationService-0123456789abcdef0123456789abcdef.pem' )
		);

		$r = $this->site->deliver( $envelope );

		$this->assertAnswer( 403, $r, 'rejected', 'invalid_cert_url' );
		$this->assertSame( array(), array_slice( $this->site->sns_calls(), $before ), 'nothing fetched' );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testSubscribeUrlToAnotherRegionIsRefusedWithoutVisitingIt(): void {
		$before   = count( $this->site->sns_calls() );
		$token    = bin2hex( random_bytes( 64 ) );
		$envelope = $this->sns->subscription_confirmation(
			self::TOPIC,
			$token,
			'1',
			array( 'SubscribeURL' => 'https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=' . self::TOPIC . "&Token=$token" )
		);

		$r = $this->site->deliver( $envelope );

		$this->assertAnswer( 400, $r, 'rejected', 'invalid_subscribe_url' );
		$visits = array_filter( array_slice( $this->site->sns_calls(), $before ), static fn( array $c ) => '/' === $c['path'] );
		$this->assertSame( array(), array_values( $visits ), 'no ConfirmSubscription call' );
	}

	public function testHeaderTypeDifferentFromTheBodyIsRejected(): void {
		$email    = $this->new_contact( 'header-mismatch' );
		$envelope = $this->notification( SesPayload::permanent_bounce( $email ) );
		$headers  = array_map(
			static fn( string $h ) => str_starts_with( $h, 'x-amz-sns-message-type:' ) ? 'x-amz-sns-message-type: SubscriptionConfirmation' : $h,
			SnsSigner::headers( $envelope )
		);

		$r = $this->site->request( 'POST', $this->site->webhook_url(), SnsSigner::body( $envelope ), $headers );

		$this->assertSame( 'header_mismatch', $r['json']['error'] ?? null, $r['body'] );
		$this->assertContains( $r['status'], array( 400, 403 ), $r['body'] );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testBodyOver512KiBIsRejectedWith413(): void {
		$envelope = $this->notification( SesPayload::delivery( Site::unique_email( 'huge' ) ) );
		$body     = SnsSigner::body( $envelope ) . str_repeat( ' ', 600 * 1024 );

		$r = $this->site->request( 'POST', $this->site->webhook_url(), $body, SnsSigner::headers( $envelope ) );

		$this->assertAnswer( 413, $r, 'rejected', 'body_too_large' );
	}
}
