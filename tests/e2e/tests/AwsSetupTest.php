<?php
/**
 * "Set up in AWS" and the doctor against moto_server, through the real
 * Bounce Handling page and Site Health: the extension signs every call with
 * the instance role's credentials (moto's instance metadata) and reaches
 * moto through the stack's HTTPS front, as it would reach AWS.
 *
 * Where moto answers less than AWS, the test says so and the core's cargo
 * tests read AWS's documented answers instead (src/setup.rs, src/doctor.rs,
 * src/ses_api.rs, src/sns_api.rs):
 * - GetIdentityNotificationAttributes: moto never returns the Bounce and
 *   Complaint topics it was given, so a second run sets them again;
 * - GetTopicAttributes: moto never returns SignatureVersion (AWS leaves it
 *   out only while it is 1), so a second run sets it again;
 * - subscriptions: moto confirms each at once (PendingConfirmation false),
 *   so no pending subscription can be made;
 * - GetSendStatistics: moto counts no bounce or complaint.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;
use QuillCRM\E2E\Site;
use QuillCRM\E2E\SnsSigner;

final class AwsSetupTest extends E2eTestCase {
	private const REGION = 'eu-central-1';

	private string $suffix = '';
	private AdminPage $admin;

	protected function setUp(): void {
		parent::setUp();
		$this->suffix = bin2hex( random_bytes( 4 ) );
		$this->admin  = new AdminPage( $this->site );
		$this->site->set_option( 'quillcrm_bounce_intake', 'sqs' );
		$this->site->set_option( 'quillcrm_bounce_queue_url', '' );
		$this->site->exec( 'DELETE FROM ' . $this->site->table( 'options' ) . " WHERE option_name IN ('quillcrm_bounce_aws', 'quillcrm_bounce_aws_doctor', 'quillcrm_bounce_queue_status')" );
		file_put_contents( (string) $this->site->stack['aws_modes'], '{}' );
	}

	protected function tearDown(): void {
		file_put_contents( (string) $this->site->stack['aws_modes'], '{}' );
		$this->site->set_option( 'quillcrm_bounce_intake', 'webhook' );
		$this->site->exec( 'DELETE FROM ' . $this->site->table( 'options' ) . " WHERE option_name IN ('quillcrm_bounce_aws', 'quillcrm_bounce_aws_doctor', 'quillcrm_bounce_queue_url')" );
		parent::tearDown();
	}

	/** @return array<string,string> the form's fields for this test's names */
	private function fields( array $extra = array() ): array {
		return $extra + array(
			'quillcrm_aws_region'            => self::REGION,
			'quillcrm_aws_topic'             => 'ses-' . $this->suffix,
			'quillcrm_aws_identity'          => $this->suffix . '.example.com',
			'quillcrm_aws_configuration_set' => '',
			'quillcrm_aws_queue_name'        => 'site-' . $this->suffix,
		);
	}

	/**
	 * Clicks "Set up in AWS" on the page, then reads the checklist shown
	 * after the redirect.
	 *
	 * @return array{steps: array<string,string>, page: string}
	 */
	private function set_up( array $fields ): array {
		$posted = $this->admin->post( $this->admin->settings(), 'quillcrm_bounce_aws_setup', $fields );
		$this->assertSame( 302, $posted['status'], $posted['body'] );
		$this->assertStringContainsString( 'quillcrm_aws_setup=done', $posted['headers']['location'] ?? '' );
		$page  = $this->admin->settings( 'quillcrm_aws_setup=done' );
		$steps = array();
		$xp    = new \DOMXPath( AdminPage::document( $page ) );
		foreach ( $xp->query( "//table[@id='quillcrm-aws-setup-steps']//tr" ) as $row ) {
			$steps[ $row->getAttribute( 'data-step' ) ] = $row->getAttribute( 'data-outcome' );
		}
		return array(
			'steps' => $steps,
			'page'  => $page,
		);
	}

	public function testSetupOnAnEmptyAccountCreatesEverythingAndASecondRunChangesNothingMotoCannotShow(): void {
		$set = 'marketing-' . $this->suffix;
		$this->aws( 'config-set', $set );
		$fields = $this->fields( array( 'quillcrm_aws_configuration_set' => $set ) );

		$first = $this->set_up( $fields );

		$this->assertSame(
			array(
				'topic'                     => 'created',
				'topic_signature_version'   => 'changed',
				'queue'                     => 'created',
				'queue_retention'           => 'already',
				'queue_policy'              => 'created',
				'queue_encryption'          => 'already',
				'subscription'              => 'created',
				'subscription_raw_delivery' => 'already',
				'identity_bounce'           => 'changed',
				'identity_complaint'        => 'changed',
				'feedback_forwarding'       => 'changed',
				'configuration_set'         => 'created',
			),
			$first['steps'],
			(string) AdminPage::text( $first['page'], 'quillcrm-aws-setup' )
		);
		$this->assertSame( 'done', AdminPage::document( $first['page'] )->getElementById( 'quillcrm-aws-setup-result' )->getAttribute( 'data-summary' ) );
		$topic_arn = 'arn:aws:sns:' . self::REGION . ':123456789012:ses-' . $this->suffix;
		$queue_url = 'https://sqs.' . self::REGION . '.amazonaws.com/123456789012/site-' . $this->suffix;
		$this->assertSame( $queue_url, $this->site->option( 'quillcrm_bounce_queue_url' ), 'the queue is the intake\'s' );
		$this->assertContains( $topic_arn, $this->site->option( 'quillcrm_bounce_accepted_topics' ), 'the topic is accepted' );
		$subscriptions = $this->aws( 'subscriptions', $topic_arn );
		$this->assertCount( 1, $subscriptions );
		$this->assertSame( array( 'sqs', 'false' ), array( $subscriptions[0]['Protocol'], $subscriptions[0]['Attributes']['RawMessageDelivery'] ) );

		$second = $this->set_up( $fields );

		// Everything is already so, but what moto does not report back: it
		// leaves SignatureVersion out of GetTopicAttributes and the topics out
		// of GetIdentityNotificationAttributes, so those are set again (the
		// cargo test a_run_on_an_account_already_set_up_changes_nothing_and_says_so
		// reads AWS's documented answers: nothing is written there).
		$moto_cannot_show = array( 'topic_signature_version', 'identity_bounce', 'identity_complaint' );
		foreach ( $second['steps'] as $step => $outcome ) {
			$this->assertSame( in_array( $step, $moto_cannot_show, true ) ? 'changed' : 'already', $outcome, $step );
		}
		$this->assertCount( 12, $second['steps'] );
		$this->assertCount( 1, $this->aws( 'subscriptions', $topic_arn ), 'no second subscription' );
	}

	public function testTheFormProposesATopicOfTheSitesOwn(): void {
		// Every subscription of a topic gets every notification: two sites
		// set up with one default name would apply each other's bounces.
		$xp   = new \DOMXPath( AdminPage::document( $this->admin->settings() ) );
		$site = substr( md5( (string) $this->site->wp_eval( 'return home_url();' ) ), 0, 8 );

		$this->assertSame( 'quillcrm-ses-feedback-' . $site, $xp->query( "//input[@name='quillcrm_aws_topic']" )->item( 0 )->getAttribute( 'value' ) );
	}

	public function testTheFormProposesTheIntakeQueuesRegionAndName(): void {
		$this->site->set_option( 'quillcrm_bounce_queue_url', 'https://sqs.ap-southeast-2.amazonaws.com/123456789012/feedback-' . $this->suffix );
		$xp = new \DOMXPath( AdminPage::document( $this->admin->settings() ) );

		$this->assertSame(
			array( 'ap-southeast-2', 'feedback-' . $this->suffix ),
			array( $xp->query( "//input[@name='quillcrm_aws_region']" )->item( 0 )->getAttribute( 'value' ), $xp->query( "//input[@name='quillcrm_aws_queue_name']" )->item( 0 )->getAttribute( 'value' ) )
		);
	}

	public function testWebhookSetupSubscribesTheUrlWithTheRecommendedDeliveryPolicyOnce(): void {
		$this->site->set_option( 'quillcrm_bounce_intake', 'webhook' );
		$fields = $this->fields( array( 'quillcrm_aws_identity' => '' ) );

		$first  = $this->set_up( $fields );
		$second = $this->set_up( $fields );

		$this->assertSame( 'created', $first['steps']['subscription'] );
		$this->assertSame( array( 'already', 'already', 'already' ), array( $second['steps']['subscription'], $second['steps']['subscription_raw_delivery'], $second['steps']['subscription_delivery_policy'] ) );
		$this->assertArrayNotHasKey( 'queue', $first['steps'] );
		$subscriptions = $this->aws( 'subscriptions', 'arn:aws:sns:' . self::REGION . ':123456789012:ses-' . $this->suffix );
		$this->assertCount( 1, $subscriptions );
		$this->assertSame( $this->site->webhook_url(), $subscriptions[0]['Endpoint'] );
		$this->assertSame( 12, json_decode( $subscriptions[0]['Attributes']['DeliveryPolicy'], true )['healthyRetryPolicy']['numRetries'], 'the policy the page recommends' );
	}

	public function testAConfirmationRefusedDuringTheRunIsConfirmedOnceTheRunAcceptsItsTopic(): void {
		// SNS sends the SubscriptionConfirmation as soon as the run subscribes
		// the webhook; on a site that accepts another topic, it is refused
		// (403) and kept until the run has accepted the new one. moto sends
		// none, so the test delivers one as SNS would, signed for the topic
		// the run is about to create.
		$this->site->set_option( 'quillcrm_bounce_intake', 'webhook' );
		$this->site->set_option( Site::TOPICS_OPTION, array( self::TOPIC ) );
		$topic_arn = 'arn:aws:sns:' . self::REGION . ':123456789012:ses-' . $this->suffix;
		$signer    = new SnsSigner( $this->site->pki( 'signing.key' ) );
		$refused   = $this->site->deliver( $signer->subscription_confirmation( $topic_arn ) );
		$this->assertSame( 403, $refused['status'], $refused['body'] );
		$this->assertArrayHasKey( $topic_arn, (array) $this->site->option( 'quillcrm_bounce_refused_confirmations' ), 'kept for Accept and confirm' );

		$run = $this->set_up( $this->fields( array( 'quillcrm_aws_identity' => '' ) ) );

		$this->assertSame( 'created', $run['steps']['subscription'] );
		$this->assertSame( 'confirmed', ( (array) $this->site->option( 'quillcrm_bounce_subscriptions' ) )[ $topic_arn ]['state'] ?? null, 'confirmed at AWS (moto) by the run' );
		$this->assertArrayNotHasKey( $topic_arn, (array) $this->site->option( 'quillcrm_bounce_refused_confirmations' ) );
		$this->assertSame( array( self::TOPIC, $topic_arn ), $this->site->option( Site::TOPICS_OPTION ) );
	}

	public function testTheDoctorFindsRawDeliveryNoDeadLetterQueueAndFourDayRetention(): void {
		$this->set_up( $this->fields() );
		$topic_arn = 'arn:aws:sns:' . self::REGION . ':123456789012:ses-' . $this->suffix;
		$subscription = $this->aws( 'subscriptions', $topic_arn )[0]['SubscriptionArn'];
		$this->aws( 'sub-attr', $subscription, 'RawMessageDelivery', 'true' );
		$this->aws( 'queue-attr', 'site-' . $this->suffix, 'MessageRetentionPeriod', '345600' );

		// Site Health's asynchronous tests, run as core runs them for the admin without a browser.
		$health = $this->site->wp_eval(
			"require_once ABSPATH . 'wp-admin/includes/class-wp-site-health.php'; wp_set_current_user( 1 );"
			. ' $tests = WP_Site_Health::get_tests()["async"]; $out = array();'
			. ' foreach ( array( "subscription", "queue" ) as $c ) { $out[ $c ] = call_user_func( $tests[ "quillcrm_bounce_aws_$c" ]["async_direct_test"] ); }'
			. ' return $out;'
		);

		$this->assertSame( 'critical', $health['subscription']['status'] );
		$this->assertStringContainsString( 'data-code="subscription_raw_delivery"', $health['subscription']['description'] );
		$this->assertStringContainsString( 'data-code="subscription_no_dead_letter_queue"', $health['subscription']['description'] );
		$this->assertSame( 'recommended', $health['queue']['status'], $health['queue']['description'] );
		$this->assertStringContainsString( 'data-code="queue_retention_short"', $health['queue']['description'] );
		$this->assertStringContainsString( '4 days', $health['queue']['description'] );
		// moto confirms every subscription at once: "pending" is read from
		// AWS's documented ListSubscriptionsByTopic in the cargo test
		// a_pending_https_subscription_as_aws_lists_it_is_critical.

		$page  = $this->admin->settings();
		$codes = array();
		$xp    = new \DOMXPath( AdminPage::document( $page ) );
		foreach ( $xp->query( "//table[@id='quillcrm-aws-doctor-findings']//tr" ) as $row ) {
			$codes[] = $row->getAttribute( 'data-code' );
		}
		$this->assertContains( 'subscription_raw_delivery', $codes, 'the page shows the last results' );
		$this->assertContains( 'queue_retention_short', $codes );
		// The route Site Health's page calls, with the page's REST nonce.
		$jar         = $this->site->admin_cookie_jar();
		$site_health = $this->site->request( 'GET', $this->site->url( '/wp-admin/site-health.php' ), '', array(), $jar )['body'];
		$this->assertSame( 1, preg_match( '/"nonce":"([0-9a-f]+)","versionString"/', $site_health, $nonce ), 'the Site Health page carries a REST nonce (wpApiSettings)' );
		$rest = $this->site->request( 'GET', $this->site->url( '/?rest_route=/quillcrm-bounce/v1/aws-doctor/queue' ), '', array( 'X-WP-Nonce: ' . $nonce[1] ), $jar );
		$this->assertSame( 200, $rest['status'], $rest['body'] );
		$this->assertSame( array( 'recommended', 'quillcrm_bounce_aws_queue' ), array( $rest['json']['status'], $rest['json']['test'] ) );
		$anonymous = $this->site->request( 'GET', $this->site->url( '/?rest_route=/quillcrm-bounce/v1/aws-doctor/queue' ) );
		$this->assertSame( 401, $anonymous['status'], 'the REST route is for who may see Site Health' );
	}

	public function testTheDoctorSaysWhenTheTopicAlsoDeliversToAnotherSitesQueue(): void {
		$this->set_up( $this->fields() );
		$topic_arn = 'arn:aws:sns:' . self::REGION . ':123456789012:ses-' . $this->suffix;
		$this->aws( 'queue', 'another-site-' . $this->suffix, '30' );
		$other = $this->aws( 'subscribe-queue', $topic_arn, 'another-site-' . $this->suffix )['queue_arn'];

		$health = $this->site->wp_eval(
			"require_once ABSPATH . 'wp-admin/includes/class-wp-site-health.php'; wp_set_current_user( 1 );"
			. ' return call_user_func( WP_Site_Health::get_tests()["async"]["quillcrm_bounce_aws_subscription"]["async_direct_test"] );'
		);

		$this->assertSame( 'recommended', $health['status'], $health['description'] );
		$this->assertStringContainsString( 'data-code="subscription_topic_shared"', $health['description'] );
		$this->assertStringContainsString( $other, $health['description'] );
	}

	public function testTheChecksAreNeitherListedNorRunForAUserWhoSeesSiteHealthButMayNotUseTheAwsCredentials(): void {
		$this->set_up( $this->fields() );
		$this->site->exec( 'DELETE FROM ' . $this->site->table( 'options' ) . " WHERE option_name = 'quillcrm_bounce_aws_doctor'" );

		// install_plugins is what view_site_health_checks maps to on a single site; manage_options is not granted.
		$seen = $this->site->wp_eval(
			"require_once ABSPATH . 'wp-admin/includes/class-wp-site-health.php';"
			. ' get_role( "e2e_plugin_installer" ) || add_role( "e2e_plugin_installer", "E2E plugin installer", array( "read" => true, "install_plugins" => true ) );'
			. ' $id = username_exists( "e2e-installer" ) ?: wp_insert_user( array( "user_login" => "e2e-installer", "user_pass" => wp_generate_password(), "user_email" => "e2e-installer@example.com", "role" => "e2e_plugin_installer" ) );'
			. ' wp_set_current_user( $id );'
			. ' $route = rest_do_request( new WP_REST_Request( "GET", "/quillcrm-bounce/v1/aws-doctor/queue" ) );'
			. ' return array( current_user_can( "view_site_health_checks" ), isset( WP_Site_Health::get_tests()["async"]["quillcrm_bounce_aws_queue"] ), $route->get_status() );'
		);

		$this->assertSame( array( true, false, 403 ), $seen, 'sees Site Health; no AWS check listed; the route refuses' );
		$this->assertNull( $this->site->option( 'quillcrm_bounce_aws_doctor' ), 'no check ran' );
	}

	public function testTheDoctorsSendStatisticsAndIdentityChecksReadMoto(): void {
		$this->set_up( $this->fields() );
		$this->admin->post( $this->admin->settings(), 'quillcrm_bounce_aws_doctor', array() );

		$results = $this->site->option( 'quillcrm_bounce_aws_doctor' );

		// moto's GetSendStatistics counts no bounce or complaint, ever; its
		// identity answer has no topics (AWS's documented ones are read in
		// src/doctor.rs's tests).
		$this->assertTrue( $results['send_statistics']['ok'], (string) $results['send_statistics']['detail'] );
		$this->assertSame( '0', $results['send_statistics']['facts']['bounces'] );
		$this->assertSame( array( 'identity_topic_missing', 'identity_topic_missing' ), array_column( $results['identity']['findings'], 'code' ) );
		$this->assertSame( array( 'queue_ok' ), array_column( $results['queue']['findings'], 'code' ) );
		$this->assertSame( 'instance_role', $results['queue']['credentials_source'] );
		// The instance role's secret signed every call: it is in no option
		// (the setup's fields, its checklist transient, the checks' results).
		$options = json_encode( $this->site->rows( 'SELECT option_name, option_value FROM ' . $this->site->table( 'options' ) ) );
		$this->assertStringNotContainsString( 'test-secret-key', $options );
		$this->assertStringNotContainsString( 'test-session-token', $options );
		$rates = AdminPage::document( $this->admin->settings() )->getElementById( 'quillcrm-aws-rates' );
		$this->assertNotNull( $rates, 'AWS\'s counts beside the rate estimates' );
		$this->assertStringContainsString( 'no delivery attempt', $rates->textContent, 'moto sent nothing' );
	}

	public function testAQueueEncryptedWithTheAwsManagedKeyIsReportedWithItsFixAndLeftAsItIs(): void {
		$queue = 'site-' . $this->suffix;
		$this->aws( 'queue', $queue, '30' );
		$this->aws( 'queue-attr', $queue, 'KmsMasterKeyId', 'alias/aws/sqs' );

		$run = $this->set_up( $this->fields() );

		$this->assertSame( array( 'already', 'failed' ), array( $run['steps']['queue'], $run['steps']['queue_encryption'] ) );
		$this->assertSame( 'created', $run['steps']['subscription'], 'the other steps are done' );
		$text = (string) AdminPage::text( $run['page'], 'quillcrm-aws-setup-result' );
		$this->assertStringContainsString( 'queue_kms_aws_managed', $text );
		$this->assertStringContainsString( 'SSE-SQS', $text, 'the fix' );
		$this->assertSame( 'queue_kms_aws_managed', AdminPage::document( $run['page'] )->getElementById( 'quillcrm-aws-setup-result' )->getAttribute( 'data-error' ) );
	}

	public function testEmailForwardingStaysOnWhenTheSitesQueueCouldNotBeSetUp(): void {
		// Forwarding is the only other copy of the notifications: with no
		// queue subscribed, SES would publish to a topic that reaches nothing.
		file_put_contents( (string) $this->site->stack['aws_modes'], json_encode( array( 'sqs' => 'denied' ) ) );

		$run = $this->set_up( $this->fields() );

		$this->assertSame( array( 'failed', 'changed', 'changed', 'skipped' ), array( $run['steps']['queue'], $run['steps']['identity_bounce'], $run['steps']['identity_complaint'], $run['steps']['feedback_forwarding'] ) );
		$row = (string) AdminPage::text( $run['page'], 'quillcrm-aws-setup-steps' );
		$this->assertStringContainsString( 'Left on until every step above has succeeded and the subscription is confirmed', $row );
	}

	/** @return array<string, array{string, string, string, string}> */
	public static function faults(): array {
		return array(
			'SNS denies the first call'   => array( 'sns', 'denied', 'aws_access_denied', 'sns:ListTopics' ),
			'bad credentials'             => array( 'sns', 'bad-credentials', 'aws_bad_credentials', '' ),
			'SES denies the identity'     => array( 'email', 'denied', 'aws_access_denied', 'ses:GetIdentityNotificationAttributes' ),
			'SNS throttles'               => array( 'sns', 'throttle', 'aws_throttled', '' ),
		);
	}

	/**
	 * @dataProvider faults
	 */
	public function testAFailedRunShowsTheErrorAndItsFixNamingTheIamAction( string $service, string $mode, string $code, string $action ): void {
		file_put_contents( (string) $this->site->stack['aws_modes'], json_encode( array( $service => $mode ) ) );

		$run = $this->set_up( $this->fields() );

		$result = AdminPage::document( $run['page'] )->getElementById( 'quillcrm-aws-setup-result' );
		$this->assertNotNull( $result, 'the checklist is shown' );
		$this->assertSame( array( '0', $code ), array( $result->getAttribute( 'data-ok' ), $result->getAttribute( 'data-error' ) ) );
		$failed = 'email' === $service ? 'identity_bounce' : 'topic';
		$this->assertSame( 'failed', $run['steps'][ $failed ] );
		$text = (string) AdminPage::text( $run['page'], 'quillcrm-aws-setup-result' );
		if ( '' !== $action ) {
			$this->assertStringContainsString( "Allow the IAM action $action", $text );
		}
		if ( 'email' === $service ) {
			$this->assertSame( 'created', $run['steps']['queue'], 'the SNS and SQS steps were done' );
		} else {
			$this->assertSame( array( 'skipped' ), array_values( array_unique( array_slice( array_values( $run['steps'] ), 1 ) ) ) );
		}
		$this->assertStringNotContainsString( 'test-secret-key', $run['page'] );
	}
}
