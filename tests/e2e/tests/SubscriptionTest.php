<?php
/**
 * SNS SubscriptionConfirmation through the real webhook: the extension visits
 * the SubscribeURL (served by the local SNS stand-in), the plugin records the
 * confirmed subscription with its SubscriptionArn and pins the topic.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;
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
		$state = (string) AdminPage::text( $page['body'], 'quillcrm-subscription-state' );
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
		$this->assertStringContainsString( 'quillcrm_sns', (string) AdminPage::text( $page['body'], 'quillcrm-extension-status' ) );
		$this->assertNotSame( '', (string) AdminPage::text( $page['body'], 'quillcrm-test-trust-warning' ), 'this site runs with quillcrm_sns.test_ca_file and test_resolve set' );
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

	public function testTheTopicIsAcceptedAndRecordedBeforeAwsIsAskedToConfirm(): void {
		$this->site->set_option( Site::TOPICS_OPTION, array() );
		$options = $this->site->table( 'options' );
		// Any write of the accepted topics fails, as a full disk or a lost
		// connection would.
		$this->site->exec( "CREATE TRIGGER e2e_refuse_pin BEFORE UPDATE ON $options FOR EACH ROW BEGIN IF NEW.option_name = 'quillcrm_bounce_accepted_topics' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'e2e: refused'; END IF; END" );
		$before = count( $this->site->sns_calls() );
		try {
			$r = $this->site->deliver( $this->sns->subscription_confirmation( self::TOPIC ) );
		} finally {
			$this->site->exec( 'DROP TRIGGER IF EXISTS e2e_refuse_pin' );
		}

		$this->assertAnswer( 503, $r, 'retry', 'database_error', 'the topic could not be recorded: SNS sends the confirmation again' );
		$this->assertSame( array(), $this->confirmations_since( $before ), 'AWS was not asked to confirm a subscription this site could not record' );

		$retry = $this->site->deliver( $this->sns->subscription_confirmation( self::TOPIC ) );

		$this->assertAnswer( 200, $retry, 'subscribed' );
		$this->assertCount( 1, $this->confirmations_since( $before ) );
	}

	public function testAConfirmationOfAnotherTopicIsKeptAndCanBeAcceptedAndConfirmed(): void {
		$before = count( $this->site->sns_calls() );

		$r = $this->site->deliver( $this->sns->subscription_confirmation( self::SECOND_TOPIC ) );

		$this->assertAnswer( 403, $r, 'rejected', 'topic_not_allowed' );
		$this->assertSame( array(), $this->confirmations_since( $before ), 'not confirmed at AWS' );
		$admin = new AdminPage( $this->site );
		$page  = $admin->settings();
		$this->assertStringContainsString( self::SECOND_TOPIC, (string) AdminPage::text( $page, 'quillcrm-refused-confirmations' ) );

		$accepted = $admin->post( $page, 'quillcrm_bounce_accept_confirmation', array( 'topic_arn' => self::SECOND_TOPIC ) );

		$this->assertSame( 302, $accepted['status'] );
		$this->assertStringContainsString( 'quillcrm_bounce_notice=confirmation_accepted', $accepted['headers']['location'] ?? '' );
		$this->assertSame( array( self::TOPIC, self::SECOND_TOPIC ), $this->site->option( Site::TOPICS_OPTION ) );
		$this->assertCount( 1, $this->confirmations_since( $before ), 'confirmed at AWS once accepted' );
		$subs = $this->site->option( Site::SUBSCRIPTIONS_OPTION );
		$this->assertSame( 'confirmed', $subs[ self::SECOND_TOPIC ]['state'] ?? null );
		$this->assertNull( AdminPage::text( $admin->settings(), 'quillcrm-refused-confirmations' ), 'no longer listed' );
	}

	public function testAKeptVersion1ConfirmationIsNotConfirmedOnceVersion2IsRequired(): void {
		$this->site->deliver( $this->sns->subscription_confirmation( self::SECOND_TOPIC, null, '1' ) );
		$this->site->set_option( 'quillcrm_bounce_min_signature_version', '2' );
		$before = count( $this->site->sns_calls() );
		$state  = $this->site->option( Site::SUBSCRIPTIONS_OPTION )[ self::SECOND_TOPIC ] ?? null;
		$admin  = new AdminPage( $this->site );

		$accepted = $admin->post( $admin->settings(), 'quillcrm_bounce_accept_confirmation', array( 'topic_arn' => self::SECOND_TOPIC ) );

		$this->assertStringContainsString( 'quillcrm_bounce_notice=confirmation_failed', $accepted['headers']['location'] ?? '' );
		$this->assertSame( array(), $this->confirmations_since( $before ), 'not confirmed at AWS' );
		$this->assertSame( $state, $this->site->option( Site::SUBSCRIPTIONS_OPTION )[ self::SECOND_TOPIC ] ?? null, 'nothing recorded as confirmed' );
	}

	public function testAKeptConfirmationOlderThanThreeDaysSaysToRequestConfirmationAgain(): void {
		$envelope = $this->sns->subscription_confirmation( self::SECOND_TOPIC );
		$this->site->deliver( $envelope );
		$refused                                      = $this->site->option( 'quillcrm_bounce_refused_confirmations' );
		$refused[ self::SECOND_TOPIC ]['timestamp'] = gmdate( 'Y-m-d\TH:i:s.000\Z', time() - 4 * 86400 );
		$this->site->set_option( 'quillcrm_bounce_refused_confirmations', $refused );
		$before = count( $this->site->sns_calls() );
		$admin  = new AdminPage( $this->site );

		$text = (string) AdminPage::text( $admin->settings(), 'quillcrm-refused-confirmations' );

		$this->assertStringContainsString( 'Request confirmation', $text );
		$this->assertStringNotContainsString( 'Accept and confirm', $text );
		$this->assertSame( array(), $this->confirmations_since( $before ) );
	}

	public function testASubscriptionConfirmedAtAwsWhoseTopicIsNotAcceptedSaysSo(): void {
		$topic = 'arn:aws:sns:eu-west-1:123456789012:quillcrm-confirmed-elsewhere';
		$subs  = $this->site->option( Site::SUBSCRIPTIONS_OPTION );
		$subs[ $topic ] = array(
			'state'            => 'confirmed',
			'subscription_arn' => $topic . ':0f1e2d3c-aaaa-bbbb-cccc-1234567890ab',
			'confirmed_at'     => gmdate( 'Y-m-d H:i:s' ),
			'unsubscribed_at'  => null,
		);
		$this->site->set_option( Site::SUBSCRIPTIONS_OPTION, $subs );

		$state = (string) AdminPage::text( ( new AdminPage( $this->site ) )->settings(), 'quillcrm-subscription-state' );

		$this->assertMatchesRegularExpression( '/Confirmed at AWS at .+, not accepted here: its notifications are refused until its topic is accepted/', $state );
	}

	public function testTheSettingsPageRecommendsADeliveryPolicyAndADeadLetterQueueAndPromisesNothing(): void {
		$page   = ( new AdminPage( $this->site ) )->settings();
		$policy = json_decode( html_entity_decode( (string) AdminPage::text( $page, 'quillcrm-delivery-policy-json' ) ), true );
		$text   = (string) AdminPage::text( $page, 'quillcrm-delivery-policy' );

		$this->assertSame( 10, $policy['throttlePolicy']['maxReceivesPerSecond'] ?? null );
		$this->assertSame( 20, $policy['healthyRetryPolicy']['minDelayTarget'] ?? null );
		$this->assertStringContainsString( 'aws sns set-subscription-attributes', $text );
		$this->assertStringContainsString( 'dead-letter queue', $text );
		$this->assertStringContainsString( '3 times, 20 seconds apart', $text );
		$this->assertStringNotContainsString( 'nothing is lost', strtolower( $page ) );
	}

	/** @return list<array<string,mixed>> ConfirmSubscription calls the stand-in got after the $since-th request */
	private function confirmations_since( int $since ): array {
		return array_values( array_filter( array_slice( $this->site->sns_calls(), $since ), static fn( array $c ): bool => 'confirm' === ( $c['served'] ?? '' ) ) );
	}
}
