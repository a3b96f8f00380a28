<?php
/**
 * SNS SubscriptionConfirmation through the real webhook: the extension visits
 * the SubscribeURL (served by the local SNS stand-in), the plugin records the
 * confirmed subscription with its SubscriptionArn and pins the topic.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\Site;

final class SubscriptionTest extends E2eTestCase {

	public function testSubscriptionConfirmationIsConfirmedWithSnsAndStoredWithItsSubscriptionArn(): void {
		$envelope = $this->sns->subscription_confirmation( self::TOPIC );
		$token    = $envelope['Token'];

		$r = $this->site->deliver( $envelope );

		$this->assertAnswer( 200, $r, 'subscribed' );
		$confirms = array_values(
			array_filter(
				$this->site->sns_calls(),
				static fn( array $c ) => '/' === $c['path'] && ( $c['query']['Token'] ?? null ) === array( $token )
			)
		);
		$this->assertCount( 1, $confirms, 'the SNS stand-in received exactly one ConfirmSubscription GET for this Token' );
		$this->assertSame( 'sns.us-east-1.amazonaws.com', $confirms[0]['host'] );
		$this->assertSame( array( 'ConfirmSubscription' ), $confirms[0]['query']['Action'] );
		$this->assertSame( array( self::TOPIC ), $confirms[0]['query']['TopicArn'] );

		$subs = $this->site->option( Site::SUBSCRIPTIONS_OPTION );
		$this->assertIsArray( $subs, 'option ' . Site::SUBSCRIPTIONS_OPTION );
		$this->assertSame( 'confirmed', $subs[ self::TOPIC ]['state'] ?? null );
		$this->assertSame( $confirms[0]['subscription_arn'], $subs[ self::TOPIC ]['subscription_arn'] ?? null, 'the SubscriptionArn stored is the one SNS answered' );
	}

	public function testFirstConfirmedTopicBecomesTheAcceptedTopic(): void {
		$this->site->set_option( Site::TOPICS_OPTION, array() );

		$r = $this->site->deliver( $this->sns->subscription_confirmation( self::TOPIC ) );

		$this->assertAnswer( 200, $r, 'subscribed' );
		$this->assertSame( array( self::TOPIC ), $this->site->option( Site::TOPICS_OPTION ) );
	}

	public function testSettingsPageShowsTheConfirmedSubscriptionArn(): void {
		$this->site->deliver( $this->sns->subscription_confirmation( self::TOPIC ) );
		$subs = $this->site->option( Site::SUBSCRIPTIONS_OPTION );
		$arn  = (string) ( $subs[ self::TOPIC ]['subscription_arn'] ?? '' );
		$this->assertNotSame( '', $arn );

		$page = $this->site->request( 'GET', $this->site->settings_url(), '', array(), $this->site->admin_cookie_jar() );

		$this->assertSame( 200, $page['status'] );
		$state = self::element_text( $page['body'], 'quillcrm-subscription-state' );
		$this->assertStringContainsString( 'Confirmed', $state );
		$this->assertStringContainsString( $arn, $state );
	}

	public function testUnsubscribeConfirmationIsRecordedWithoutVisitingAnyUrl(): void {
		$topic  = 'arn:aws:sns:us-east-1:123456789012:quillcrm-unsubscribe-check';
		$this->site->set_option( Site::TOPICS_OPTION, array( self::TOPIC, $topic ) );
		$before = count( $this->site->sns_calls() );
		$envelope = $this->sns->unsubscribe_confirmation( $topic );

		$r = $this->site->deliver( $envelope );

		$this->assertAnswer( 200, $r, 'unsubscribed' );
		$calls = array_slice( $this->site->sns_calls(), $before );
		$this->assertSame( array(), array_values( array_filter( $calls, static fn( array $c ) => '/' === $c['path'] ) ), 'no SNS API call for an UnsubscribeConfirmation' );
		$subs = $this->site->option( Site::SUBSCRIPTIONS_OPTION );
		$this->assertSame( 'unsubscribed', $subs[ $topic ]['state'] ?? null );
	}

	public function testSettingsPageWarnsThatTestOnlyTrustIsOn(): void {
		$page = $this->site->request( 'GET', $this->site->settings_url(), '', array(), $this->site->admin_cookie_jar() );

		$this->assertSame( 200, $page['status'] );
		$this->assertStringContainsString( 'quillcrm_sns', self::element_text( $page['body'], 'quillcrm-extension-status' ) );
		$this->assertNotSame( '', self::element_text( $page['body'], 'quillcrm-test-trust-warning' ), 'this site runs with quillcrm_sns.test_ca_file and test_resolve set' );
	}

	public function testRecordingAnUnchangedSubscriptionStateAfterAnEarlierFailedQuerySucceeds(): void {
		// update_option() runs no query for an unchanged value, so an error
		// left by an earlier statement must not be taken for its failure.
		$result = $this->site->wp_eval(
			<<<'PHP'
			global $wpdb;
			$wpdb->suppress_errors( true );
			$topic = 'arn:aws:sns:us-east-1:123456789012:quillcrm-unchanged-state';
			do {
				$second = gmdate( 'Y-m-d H:i:s' );
				QuillCRM\Bounce\Subscription::record_unsubscribed( $topic );
				$wpdb->query( 'SELECT * FROM e2e_no_such_table' );
				try {
					QuillCRM\Bounce\Subscription::record_unsubscribed( $topic ); // Same second: the same value.
					$result = 'recorded';
				} catch ( QuillCRM\Bounce\DatabaseError $error ) {
					$result = 'DatabaseError: ' . $error->getMessage();
				}
			} while ( gmdate( 'Y-m-d H:i:s' ) !== $second );
			$all = QuillCRM\Bounce\Subscription::all();
			unset( $all[ $topic ] );
			update_option( QuillCRM\Bounce\Subscription::OPTION, $all, true );
			return $result;
			PHP
		);

		$this->assertSame( 'recorded', $result );
	}

	/** Text content of the element with this id (HTML5 parser-tolerant). */
	private static function element_text( string $html, string $id ): string {
		$doc = new \DOMDocument();
		$prev = libxml_use_internal_errors( true );
		$doc->loadHTML( $html );
		libxml_clear_errors();
		libxml_use_internal_errors( $prev );
		$el = $doc->getElementById( $id );
		self::assertNotNull( $el, "the settings page has no element #$id" );
		return trim( preg_replace( '/\s+/', ' ', $el->textContent ) );
	}
}
