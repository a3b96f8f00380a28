<?php
/**
 * Tools → Site Health: one test per concern, good / recommended / critical,
 * each with its explanation and fix, run through WordPress's own
 * WP_Site_Health API; and the plugin's section of Site Health → Info,
 * which never shows the webhook key.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;
use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;

final class SiteHealthTest extends E2eTestCase {
	private function events(): string {
		return $this->site->table( 'quillcrm_bounce_recipient_events' );
	}

	private function counters(): string {
		return $this->site->table( 'quillcrm_bounce_counters' );
	}

	public function testTheExtensionTestIsGoodAndNamesTheVersionThatVerifies(): void {
		$version = $this->site->wp_eval( 'return quillcrm_sns_info()["version"];' );

		$result = $this->site->site_health( 'quillcrm_bounce_extension' );

		$this->assertSame( 'good', $result['status'] );
		$this->assertStringContainsString( 'The quillcrm_sns PHP extension ' . $version . ' verifies Amazon SNS deliveries', $result['label'] );
	}

	public function testTestOnlyTrustOnIsCriticalAndSaysWhichLinesToRemove(): void {
		// The test site runs with quillcrm_sns.test_ca_file and test_resolve set.
		$result = $this->site->site_health( 'quillcrm_bounce_test_trust' );

		$this->assertSame( 'critical', $result['status'] );
		$this->assertStringContainsString( 'Remove the quillcrm_sns.test_ca_file, quillcrm_sns.test_resolve and quillcrm_sns.test_imds_endpoint lines from php.ini', $result['description'] );
	}

	public function testAConfirmedSubscriptionWithAPinnedTopicIsGood(): void {
		$result = $this->site->site_health( 'quillcrm_bounce_subscription' );

		$this->assertSame( 'good', $result['status'] );
		$this->assertSame( 'The Amazon SNS subscription is confirmed and its topic pinned', $result['label'] );
	}

	public function testNoAcceptedTopicIsRecommendedWithHowToSubscribe(): void {
		$this->site->set_option( Site::TOPICS_OPTION, array() );

		$result = $this->site->site_health( 'quillcrm_bounce_subscription' );

		$this->assertSame( 'recommended', $result['status'] );
		$this->assertStringContainsString( 'subscribe the webhook URL shown on QuillCRM → Settings → SMTP → Bounce Handling', $result['description'] );
	}

	public function testUnderTheQueueIntakeAnAcceptedTopicIsGoodWithoutAConfirmationHere(): void {
		// "Set up in AWS" subscribes a queue of the topic's own account: SNS sends no confirmation.
		$subscriptions = $this->site->option( Site::SUBSCRIPTIONS_OPTION );
		try {
			$this->site->set_option( 'quillcrm_bounce_intake', 'sqs' );
			$this->site->exec( 'DELETE FROM ' . $this->site->table( 'options' ) . ' WHERE option_name = ?', array( Site::SUBSCRIPTIONS_OPTION ) );

			$result = $this->site->site_health( 'quillcrm_bounce_subscription' );
			$state  = (string) AdminPage::text( ( new AdminPage( $this->site ) )->settings(), 'quillcrm-subscription-state' );

			$this->assertSame( array( 'good', 'Notifications come through the Amazon SQS queue from an accepted topic' ), array( $result['status'], $result['label'] ) );
			$this->assertStringContainsString( 'Through the queue', $state );
			$this->assertStringNotContainsString( 'Pending', $state );
		} finally {
			$this->site->set_option( 'quillcrm_bounce_intake', 'webhook' );
			$this->site->set_option( Site::SUBSCRIPTIONS_OPTION, $subscriptions );
		}
	}

	public function testUnderTheQueueIntakeTheDeletedWebhookSubscriptionIsHistoryNotCritical(): void {
		// Moving to the queue, the admin deletes the old HTTPS subscription: SNS says UnsubscribeConfirmation.
		$subscriptions = $this->site->option( Site::SUBSCRIPTIONS_OPTION );
		$topic         = 'arn:aws:sns:us-east-1:123456789012:old-webhook-topic';
		try {
			$this->site->set_option( 'quillcrm_bounce_intake', 'sqs' );
			$this->site->set_option(
				Site::SUBSCRIPTIONS_OPTION,
				array(
					$topic => array(
						'state'            => 'unsubscribed',
						'subscription_arn' => $topic . ':0f0f0f0f-1111-2222-3333-444444444444',
						'confirmed_at'     => '2026-11-01 10:00:00',
						'unsubscribed_at'  => '2026-11-20 10:00:00',
					),
				)
			);

			$result = $this->site->site_health( 'quillcrm_bounce_subscription' );
			$state  = (string) AdminPage::text( ( new AdminPage( $this->site ) )->settings(), 'quillcrm-subscription-state' );

			$this->assertSame( array( 'good', 'Notifications come through the Amazon SQS queue from an accepted topic' ), array( $result['status'], $result['label'] ) );
			$this->assertStringStartsWith( 'Through the queue', trim( $state ) );
			$this->assertStringContainsString( 'Subscriptions of the HTTPS webhook, which keeps answering beside the queue', $state );
		} finally {
			$this->site->set_option( 'quillcrm_bounce_intake', 'webhook' );
			$this->site->set_option( Site::SUBSCRIPTIONS_OPTION, $subscriptions );
		}
	}

	public function testARateAboveItsAlertLevelIsCriticalWithTheRateAndWhatToDo(): void {
		// What the hourly check stored (RatesTest covers the estimate itself).
		$this->site->set_option(
			'quillcrm_bounce_rate_status',
			array(
				'checked_at' => gmdate( 'Y-m-d H:i:s' ),
				'alerts'     => array(
					array(
						'kind'      => 'bounce',
						'rate'      => 3.77,
						'sample'    => 159,
						'threshold' => 2.0,
					),
				),
			)
		);

		$result = $this->site->site_health( 'quillcrm_bounce_rates' );

		$this->assertSame( 'critical', $result['status'] ?? null );
		$this->assertStringContainsString( '3.77 % over the last 159 sends', $result['description'] );
		$this->assertStringContainsString( 'QuillCRM → Bounces', $result['description'] );
	}

	public function testNoRateAboveItsAlertLevelIsGood(): void {
		$this->assertAnswer( 200, $this->site->deliver( $this->notification( SesPayload::delivery( $this->new_contact( 'health-delivered' ) ) ) ), 'delivery' );

		$this->assertSame( 'good', $this->site->site_health( 'quillcrm_bounce_rates' )['status'] ?? null );
	}

	public function testWithoutDeliveryNotificationsNoRateCanBeEstimatedIsRecommended(): void {
		// Without them alerts() finds nothing: that is not "no rate above its level".
		$this->site->exec( 'DELETE FROM ' . $this->site->table( 'quillcrm_bounce_counters' ) . " WHERE name = 'deliveries'" );

		$result = $this->site->site_health( 'quillcrm_bounce_rates' );

		$this->assertSame( array( 'recommended', 'No bounce or complaint rate can be estimated' ), array( $result['status'] ?? null, $result['label'] ?? null ) );
	}

	public function testARateCheckHoursOverdueIsRecommendedWithHowToRunWpCron(): void {
		// WP-Cron has not run for three hours (DISABLE_WP_CRON, no system cron).
		$this->site->wp_eval( 'wp_clear_scheduled_hook( "quillcrm_bounce_rate_check" ); return wp_schedule_event( time() - 3 * HOUR_IN_SECONDS, "hourly", "quillcrm_bounce_rate_check" );' );
		try {
			$result = $this->site->site_health( 'quillcrm_bounce_rates' );
		} finally {
			$this->site->wp_eval( 'wp_clear_scheduled_hook( "quillcrm_bounce_rate_check" ); return wp_schedule_event( time() + HOUR_IN_SECONDS, "hourly", "quillcrm_bounce_rate_check" );' );
		}

		$this->assertSame( 'recommended', $result['status'] ?? null );
		$this->assertSame( 'The hourly bounce and complaint rate check is not running', $result['label'] );
		$this->assertStringContainsString( 'DISABLE_WP_CRON', $result['description'] );
	}

	public function testCronEventsThatWentMissingAreScheduledAgainByTheNextAdminPage(): void {
		$this->site->wp_eval( 'wp_clear_scheduled_hook( "quillcrm_bounce_rate_check" ); wp_clear_scheduled_hook( "quillcrm_bounce_prune" ); return true;' );

		$page = $this->site->request( 'GET', $this->site->url( '/wp-admin/index.php' ), '', array(), $this->site->admin_cookie_jar() );

		$this->assertSame( 200, $page['status'] );
		$scheduled = $this->site->wp_eval( 'return array( wp_get_schedule( "quillcrm_bounce_rate_check" ), wp_get_schedule( "quillcrm_bounce_prune" ) );' );
		$this->assertSame( array( 'hourly', 'daily' ), $scheduled );
	}

	public function testAConfirmedSubscriptionWhoseTopicIsNotAcceptedIsNotGood(): void {
		$this->site->set_option( Site::TOPICS_OPTION, array( self::SECOND_TOPIC ) );

		$result = $this->site->site_health( 'quillcrm_bounce_subscription' );

		$this->assertSame( array( 'recommended', 'No Amazon SNS subscription is confirmed yet' ), array( $result['status'], $result['label'] ) );
	}

	public function testASiteThatHasOnlyReceivedDeliveriesIsNotToldNoNotificationsArrive(): void {
		$this->site->exec( 'DELETE FROM ' . $this->site->table( 'quillcrm_bounce_events' ) );
		$this->site->exec( 'DELETE FROM ' . $this->events() );
		$this->assertAnswer( 200, $this->site->deliver( $this->notification( SesPayload::delivery( $this->new_contact( 'health-deliveries-only' ) ) ) ), 'delivery' );

		$state = (string) AdminPage::text( ( new AdminPage( $this->site ) )->settings(), 'quillcrm-subscription-state' );

		$this->assertStringNotContainsString( 'No bounces arriving', $state );
	}

	public function testUnreadableAcceptedTopicsAreCritical(): void {
		$this->site->set_option( Site::TOPICS_OPTION, 'not a list' );

		$result = $this->site->site_health( 'quillcrm_bounce_subscription' );

		$this->assertSame( 'critical', $result['status'] );
		$this->assertStringContainsString( 'enter the topic ARNs on this page (or tick &quot;Accept no topic&quot;) and save', $result['description'] );
	}

	public function testASiteThatReceivedNotificationsButNoneFor7DaysIsRecommendedNotCritical(): void {
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $this->new_contact( 'health-silent' ) ) ) );
		$this->eight_days_pass();

		$result = $this->site->site_health( 'quillcrm_bounce_recent_notifications' );

		$this->assertSame( 'recommended', $result['status'] );
		$this->assertSame( 'No Amazon SES notification for 7 days', $result['label'] );
		$this->assertStringContainsString( 'NumberOfNotificationsFailed', $result['description'] );
	}

	public function testTheNotificationTestStillWarnsWhenTheLogKeepsFewerDaysThanIt(): void {
		// A site that gets bounces but no Delivery notifications (most do not subscribe to them).
		$deliveries = $this->site->rows( 'SELECT * FROM ' . $this->counters() . " WHERE name = 'deliveries'" );
		$this->site->exec( 'DELETE FROM ' . $this->counters() . " WHERE name = 'deliveries'" );
		try {
			$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $this->new_contact( 'health-pruned' ) ) ) );
			$this->eight_days_pass();
			$this->site->exec( 'DELETE FROM ' . $this->events() ); // What a retention of 1 to 7 days prunes.

			$result = $this->site->site_health( 'quillcrm_bounce_recent_notifications' );

			$this->assertSame( 'recommended', $result['status'] );
		} finally {
			foreach ( $deliveries as $row ) {
				$this->site->exec( 'INSERT INTO ' . $this->counters() . ' (name, count, first_at, last_at) VALUES (?, ?, ?, ?)', array_values( $row ) );
			}
		}
	}

	/** Every record of when notifications arrived, 8 days older. */
	private function eight_days_pass(): void {
		$this->site->exec( 'UPDATE ' . $this->events() . ' SET received_at = received_at - INTERVAL 8 DAY' );
		$this->site->exec( 'UPDATE ' . $this->counters() . " SET last_at = last_at - INTERVAL 8 DAY WHERE name = 'deliveries'" );
		$this->site->set_option( 'quillcrm_bounce_last_notification_at', time() - 8 * 86400 );
	}

	public function testAFreshNotificationMakesTheNotificationTestGood(): void {
		$this->site->deliver( $this->notification( SesPayload::delivery( $this->new_contact( 'health-fresh' ) ) ) );

		$result = $this->site->site_health( 'quillcrm_bounce_recent_notifications' );

		$this->assertSame( 'good', $result['status'] );
		$this->assertSame( 'Amazon SES notifications are arriving', $result['label'] );
	}

	public function testRawMessageDeliveryInTheLast24HoursIsCriticalAndNamesItsFix(): void {
		$raw = $this->site->request( 'POST', $this->site->webhook_url(), SesPayload::permanent_bounce( $this->new_contact( 'health-raw' ) ), array( 'Content-Type: text/plain; charset=UTF-8' ) );
		$this->assertAnswer( 400, $raw, 'rejected', 'raw_message_delivery' );

		$result = $this->site->site_health( 'quillcrm_bounce_rejections' );

		$this->assertSame( 'critical', $result['status'] );
		$this->assertStringContainsString( '<code>raw_message_delivery</code>', $result['description'] );
		$this->assertStringContainsString( 'Turn Raw message delivery off', $result['description'] );
	}

	public function testNotificationsOfAnotherTopicAreRecommendedAndNameTheirFix(): void {
		$this->site->exec( 'UPDATE ' . $this->site->table( Site::EVENTS_TABLE ) . ' SET received_at = received_at - INTERVAL 2 DAY WHERE error_code IS NOT NULL' );
		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $this->new_contact( 'health-topic' ) ), self::OTHER_TOPIC ) );
		$this->assertAnswer( 403, $r, 'rejected', 'topic_not_allowed' );

		$result = $this->site->site_health( 'quillcrm_bounce_rejections' );

		$this->assertSame( 'recommended', $result['status'] );
		$this->assertStringContainsString( '<code>topic_not_allowed</code>', $result['description'] );
		$this->assertStringContainsString( 'accept its TopicArn', $result['description'] );
	}

	public function testRejectionsOlderThan24HoursAreNotCounted(): void {
		$this->site->exec( 'UPDATE ' . $this->site->table( Site::EVENTS_TABLE ) . ' SET received_at = received_at - INTERVAL 2 DAY WHERE error_code IS NOT NULL' );

		$result = $this->site->site_health( 'quillcrm_bounce_rejections' );

		$this->assertSame( 'good', $result['status'] );
	}

	public function testNoDeliveryNotificationFor30DaysIsRecommendedAndSaysWhatItCosts(): void {
		$this->site->exec( 'UPDATE ' . $this->counters() . " SET last_at = UTC_TIMESTAMP() - INTERVAL 31 DAY WHERE name = 'deliveries'" );

		$result = $this->site->site_health( 'quillcrm_bounce_delivery_notifications' );

		$this->assertSame( 'recommended', $result['status'] );
		$this->assertStringContainsString( 'no bounce or complaint rate can be estimated', $result['description'] );
		$this->assertStringContainsString( 'set Delivery feedback notifications', $result['description'] );
	}

	public function testDeliveryNotificationsArrivingAreGood(): void {
		$this->site->deliver( $this->notification( SesPayload::delivery( $this->new_contact( 'health-delivery' ) ) ) );

		$this->assertSame( 'good', $this->site->site_health( 'quillcrm_bounce_delivery_notifications' )['status'] );
	}

	public function testATableWithoutTransactionsIsCriticalAndNamesIt(): void {
		$audit = $this->site->table( 'quillcrm_bounce_audit' );
		$this->assertSame( 'good', $this->site->site_health( 'quillcrm_bounce_tables' )['status'] );
		try {
			$this->site->exec( "ALTER TABLE $audit ENGINE=MyISAM" );

			$result = $this->site->site_health( 'quillcrm_bounce_tables' );

			$this->assertSame( 'critical', $result['status'] );
			$this->assertStringContainsString( "The table $audit uses MyISAM", $result['description'] );
			$this->assertStringContainsString( 'ENGINE=InnoDB', $result['description'] );
		} finally {
			$this->site->exec( "ALTER TABLE $audit ENGINE=InnoDB" );
		}
	}

	public function testAPrivateCertificateCacheIsGood(): void {
		$this->assertSame( 'good', $this->site->site_health( 'quillcrm_bounce_certificate_cache' )['status'] );
	}

	public function testACertificateCacheOpenToOtherUsersIsRecommended(): void {
		$dir = $this->site->stack['run_dir'] . '/cert-cache';
		try {
			chmod( $dir, 0777 );

			$result = $this->site->site_health( 'quillcrm_bounce_certificate_cache' );

			$this->assertSame( 'recommended', $result['status'] );
			$this->assertStringContainsString( 'chmod 700', $result['description'] );
		} finally {
			chmod( $dir, 0700 );
		}
	}

	public function testACertificateCacheThatIsALinkToAPrivateDirectoryIsRecommended(): void {
		// The extension opens it without following a link, so never uses it.
		$dir  = $this->site->stack['run_dir'] . '/cert-cache';
		$real = $dir . '-e2e-real';
		try {
			rename( $dir, $real );
			symlink( $real, $dir );

			$result = $this->site->site_health( 'quillcrm_bounce_certificate_cache' );

			$this->assertSame( 'recommended', $result['status'] );
			$this->assertStringContainsString( 'is a link', $result['description'] );
		} finally {
			if ( is_link( $dir ) ) {
				unlink( $dir );
			}
			rename( $real, $dir );
		}
	}

	public function testACertificateCacheNotCreatedYetSaysTheExtensionCreatesIt(): void {
		$dir   = $this->site->stack['run_dir'] . '/cert-cache';
		$aside = $dir . '-e2e-aside';
		try {
			rename( $dir, $aside );

			$result = $this->site->site_health( 'quillcrm_bounce_certificate_cache' );

			$this->assertSame( 'recommended', $result['status'] );
			$this->assertStringContainsString( 'creates', $result['description'] );
			$this->assertStringNotContainsString( 'does not use it', $result['description'] );
		} finally {
			if ( is_dir( $dir ) ) {
				array_map( 'unlink', glob( $dir . '/{,.}[!.]*', GLOB_BRACE ) ?: array() );
				rmdir( $dir );
			}
			rename( $aside, $dir );
		}
	}

	public function testTheInfoSectionHasVersionsAndSettingsButNeverTheKey(): void {
		$key  = $this->site->key();
		$info = $this->site->wp_eval(
			"require_once ABSPATH . 'wp-admin/includes/admin.php'; require_once ABSPATH . 'wp-admin/includes/class-wp-debug-data.php';"
			. ' return WP_Debug_Data::debug_data()["quillcrm-bounce"];'
		);

		$fields = array_column( $info['fields'], 'value', 'label' );
		$this->assertSame( '0.1.0', $fields['Plugin version'] );
		$this->assertSame( self::TOPIC, $fields['Accepted topics'] );
		$this->assertSame( 3, $fields['Soft bounce threshold'] );
		$this->assertStringNotContainsString( $key, (string) json_encode( $info ) );

		$page = ( new AdminPage( $this->site ) )->get( 'site-health.php?tab=debug' );
		$this->assertSame( 200, $page['status'] );
		$this->assertStringContainsString( 'QuillCRM Bounce Handling', $page['body'] );
		$this->assertStringNotContainsString( $key, $page['body'], 'Site Health → Info never shows the webhook key' );
	}
}
