<?php
/**
 * Topic pinning fails closed: an accepted-topics setting that cannot be read
 * accepts no topic, a notification never pins its topic (only a confirmed
 * subscription does), invalid or empty input never un-pins it, and an admin
 * who chooses to accept no topic is told that the next confirmed
 * subscription pins its topic.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;
use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;

final class TopicPinningTest extends E2eTestCase {

	public function testUnreadableAcceptedTopicsOptionRefusesEveryDeliveryWith503(): void {
		$email = $this->new_contact( 'topics-unreadable' );
		// A serialized array cut short: WordPress hands back the raw string.
		$this->site->set_option( Site::TOPICS_OPTION, 'a:1:{i:0;s:12:"arn:aws:sn' );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ), self::OTHER_TOPIC ) );

		$this->assertAnswer( 503, $r, 'retry', 'settings_unreadable', 'an unreadable accepted-topics setting accepts no topic' );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testNotificationWhileNoTopicIsPinnedIsRefusedAndPinsNothing(): void {
		$email = $this->new_contact( 'topics-pending' );
		$this->site->set_option( Site::TOPICS_OPTION, array() );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ), self::OTHER_TOPIC ) );

		$this->assertAnswer( 403, $r, 'rejected', 'topic_not_allowed', 'only a confirmed subscription pins a topic' );
		$this->assertSame( array(), $this->site->option( Site::TOPICS_OPTION ) );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testConcurrentFirstConfirmationsPinAndConfirmExactlyOneTopic(): void {
		$this->site->set_option( Site::TOPICS_OPTION, array() );
		$before = count( $this->site->sns_calls() );

		$answers = $this->site->deliver_concurrently(
			array(
				$this->sns->subscription_confirmation( self::TOPIC ),
				$this->sns->subscription_confirmation( self::SECOND_TOPIC ),
			)
		);

		$outcomes = array_map( static fn( array $r ): string => $r['status'] . ' ' . ( $r['json']['outcome'] ?? '' ), $answers );
		sort( $outcomes );
		$this->assertSame( array( '200 subscribed', '403 rejected' ), $outcomes, 'one wins, the other is refused and kept' );
		$pinned = $this->site->option( Site::TOPICS_OPTION );
		$this->assertIsArray( $pinned );
		$this->assertCount( 1, $pinned, 'one topic pinned: ' . json_encode( $pinned ) );
		$confirmed = array_values( array_filter( array_slice( $this->site->sns_calls(), $before ), static fn( array $c ): bool => 'confirm' === ( $c['served'] ?? '' ) ) );
		$this->assertCount( 1, $confirmed, 'only the pinned topic was confirmed at AWS' );
		$loser = self::TOPIC === $pinned[0] ? self::SECOND_TOPIC : self::TOPIC;
		$this->assertArrayHasKey( $loser, $this->site->option( 'quillcrm_bounce_refused_confirmations' ), 'the other one can be accepted on the settings page' );
	}

	public function testAConfirmationKeptWhileAnotherIsConfirmedIsNotLost(): void {
		// Older kept confirmations of both topics: the winner forgets its own
		// while the loser keeps its new one, both in the one option.
		$this->site->set_option( Site::TOPICS_OPTION, array() );
		$old = array();
		foreach ( array( self::TOPIC, self::SECOND_TOPIC ) as $topic ) {
			$old[ $topic ] = array(
				'received_at'   => '2026-01-01 00:00:00',
				'timestamp'     => '2026-01-01T00:00:00.000Z',
				'subscribe_url' => 'https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription',
				'body'          => '{}',
			);
		}
		$this->site->set_option( 'quillcrm_bounce_refused_confirmations', $old );
		$confirmations = array( $this->sns->subscription_confirmation( self::TOPIC ), $this->sns->subscription_confirmation( self::SECOND_TOPIC ) );

		$this->site->deliver_concurrently( $confirmations );

		$pinned = $this->site->option( Site::TOPICS_OPTION );
		$this->assertCount( 1, $pinned );
		$loser = self::TOPIC === $pinned[0] ? 1 : 0;
		$kept  = (array) $this->site->option( 'quillcrm_bounce_refused_confirmations' );
		$this->assertArrayNotHasKey( $pinned[0], $kept, 'the confirmed one is forgotten' );
		$this->assertSame( $confirmations[ $loser ]['Timestamp'], $kept[ $confirmations[ $loser ]['TopicArn'] ]['timestamp'] ?? null, 'the new confirmation is kept, not the old one' );
	}

	public function testSavingOnlyInvalidLinesLeavesTheAcceptedTopicsAsTheyWere(): void {
		$admin = new AdminPage( $this->site );
		$saved = $admin->post(
			$admin->settings(),
			'quillcrm_bounce_save_settings',
			array(
				'quillcrm_soft_threshold'  => '3',
				'quillcrm_accepted_topics' => self::TOPIC . ':0f1e2d3c-aaaa-bbbb-cccc-1234567890ab',
			)
		);

		$this->assertStringContainsString( 'quillcrm_bounce_notice=topics_rejected', $saved['headers']['location'] ?? '' );
		$this->assertSame( array( self::TOPIC ), $this->site->option( Site::TOPICS_OPTION ), 'still pinned' );
		$page = $admin->settings( 'quillcrm_bounce_notice=topics_rejected' );
		$this->assertStringContainsString( 'not SNS topic ARNs', $page );
	}

	public function testAnEmptyListDoesNotUnpinTheTopic(): void {
		$admin = new AdminPage( $this->site );

		$saved = $admin->post( $admin->settings(), 'quillcrm_bounce_save_settings', array( 'quillcrm_accepted_topics' => '' ) );

		$this->assertStringContainsString( 'quillcrm_bounce_notice=topics_kept', $saved['headers']['location'] ?? '' );
		$this->assertSame( array( self::TOPIC ), $this->site->option( Site::TOPICS_OPTION ) );
	}

	public function testAcceptingNoTopicIsAnExplicitChoiceAndTheNextConfirmationPinsItsTopic(): void {
		$admin = new AdminPage( $this->site );
		$this->assertStringContainsString( 'Pinned', (string) AdminPage::text( $admin->settings(), 'quillcrm-topic-pinning' ) );

		$saved = $admin->post(
			$admin->settings(),
			'quillcrm_bounce_save_settings',
			array(
				'quillcrm_accepted_topics' => self::TOPIC,
				'quillcrm_clear_topics'    => '1',
			)
		);

		$this->assertSame( 302, $saved['status'], substr( $saved['body'], 0, 300 ) );
		$this->assertStringContainsString( 'quillcrm_bounce_notice=topics_cleared', $saved['headers']['location'] ?? '' );
		$page = $admin->settings( 'quillcrm_bounce_notice=topics_cleared' );
		$this->assertStringContainsString( 'Pending', (string) AdminPage::text( $page, 'quillcrm-topic-pinning' ) );
		$this->assertStringContainsString( 'next confirmed subscription', $page, 'the notice after saving' );
		$this->assertSame( array(), $this->site->option( Site::TOPICS_OPTION ) );

		$r = $this->site->deliver( $this->sns->subscription_confirmation( self::SECOND_TOPIC ) );

		$this->assertAnswer( 200, $r, 'subscribed' );
		$this->assertSame( array( self::SECOND_TOPIC ), $this->site->option( Site::TOPICS_OPTION ) );
	}

	public function testUnderTheQueueIntakeAcceptingNoTopicSaysTheQueueWaitsNotThatASubscriptionPinsIt(): void {
		// A queued message cannot confirm a subscription here: nothing would ever pin a topic.
		$topics = $this->site->option( Site::TOPICS_OPTION );
		try {
			$this->site->set_option( 'quillcrm_bounce_intake', 'sqs' );
			$admin = new AdminPage( $this->site );

			$saved = $admin->post( $admin->settings(), 'quillcrm_bounce_save_settings', array( 'quillcrm_clear_topics' => '1' ) );
			$page  = $admin->settings( 'quillcrm_bounce_notice=topics_cleared' );

			$this->assertStringContainsString( 'quillcrm_bounce_notice=topics_cleared', $saved['headers']['location'] ?? '' );
			$pinning = (string) AdminPage::text( $page, 'quillcrm-topic-pinning' );
			$this->assertStringContainsString( 'nothing is taken from the queue', $pinning );
			$this->assertStringContainsString( 'Settings saved. No SNS topic is accepted yet, so nothing is taken from the queue', $page, 'the notice after saving' );
			$this->assertStringNotContainsString( 'next confirmed subscription', $pinning );
		} finally {
			$this->site->set_option( 'quillcrm_bounce_intake', 'webhook' );
			$this->site->set_option( Site::TOPICS_OPTION, $topics );
		}
	}
}
