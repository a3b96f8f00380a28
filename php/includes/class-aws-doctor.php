<?php
/**
 * The doctor: read-only checks of the AWS side, as asynchronous Site
 * Health tests and on the Bounce Handling page.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Each check (quillcrm_sns_aws_doctor(): subscription, queue, identity,
 * configuration_set, send_statistics) is one asynchronous Site Health test
 * (`site_status_tests` 'async', run through the REST route below, the way
 * core's own async tests are), and its last result is kept for the page.
 * The findings' codes and statuses are the extension's; the sentences and
 * fixes are here and in Troubleshooting.
 */
final class AwsDoctor {

	/** The checks, in the order shown. */
	public const CHECKS = array( 'subscription', 'queue', 'identity', 'configuration_set', 'send_statistics' );

	/** check => last result {at, ok, error, detail, iam_action, findings, facts} (not autoloaded). */
	public const RESULTS_OPTION = 'quillcrm_bounce_aws_doctor';

	/** REST namespace and route of the async tests. */
	public const REST_NAMESPACE = 'quillcrm-bounce/v1';
	public const REST_ROUTE     = '/aws-doctor/(?P<check>[a-z_]+)';

	/** admin-post.php action (also the nonce action): run every check now. */
	public const ACTION = 'quillcrm_bounce_aws_doctor';

	/**
	 * The topic the checks look at: the one "Set up in AWS" set up (or was
	 * given as an ARN). Without it the site has not opted into AWS access
	 * (the webhook needs none), and nothing is checked.
	 */
	public static function topic_arn(): ?string {
		$topic = AwsSetup::settings()['topic'];
		return str_starts_with( $topic, 'arn:' ) ? $topic : null;
	}

	/**
	 * Whether the checks can run here: the extension, and a topic.
	 */
	public static function is_available(): bool {
		return function_exists( 'quillcrm_sns_aws_doctor' ) && null !== self::topic_arn();
	}

	/**
	 * Runs one check and keeps its result.
	 *
	 * @param string $check One of CHECKS.
	 * @return array<string, mixed> The extension's answer, with `at`.
	 */
	public static function run( string $check ): array {
		$settings = AwsSetup::settings();
		$options  = array(
			'topic'             => self::topic_arn(),
			'intake'            => Settings::intake(),
			'identity'          => $settings['identity'],
			'configuration_set' => $settings['configuration_set'],
			'credentials'       => QueueIntake::credentials(),
		);
		if ( 'sqs' === Settings::intake() ) {
			$options['queue_url'] = Settings::queue_url();
		} else {
			$options['webhook_url']     = Settings::webhook_url();
			$options['delivery_policy'] = (string) wp_json_encode( Subscription::RECOMMENDED_DELIVERY_POLICY, JSON_UNESCAPED_SLASHES );
		}
		$result       = \quillcrm_sns_aws_doctor( $check, $options );
		$result['at'] = time();
		$all          = self::results();
		$all[ $check ] = $result;
		update_option( self::RESULTS_OPTION, $all, false );
		return $result;
	}

	/**
	 * The kept results, check => result.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function results(): array {
		$value = get_option( self::RESULTS_OPTION, array() );
		return is_array( $value ) ? $value : array();
	}

	/**
	 * Who may run the checks: whoever sees Site Health and may use the
	 * server's AWS credentials (the checks call AWS and keep their results).
	 */
	public static function user_may_run(): bool {
		return current_user_can( 'view_site_health_checks' ) && current_user_can( SettingsPage::server_capability() );
	}

	/**
	 * site_status_tests: one asynchronous test per check, when it can run
	 * and the user may run it.
	 *
	 * @param array<string, array> $tests Core's tests.
	 * @return array<string, array>
	 */
	public static function register_tests( array $tests ): array {
		if ( ! self::is_available() || ! self::user_may_run() ) {
			return $tests;
		}
		foreach ( self::CHECKS as $check ) {
			$tests['async'][ 'quillcrm_bounce_aws_' . $check ] = array(
				'label'             => __( 'QuillCRM Bounce Handling: AWS', 'quillcrm-bounce' ),
				'test'              => rest_url( self::REST_NAMESPACE . '/aws-doctor/' . $check ),
				'has_rest'          => true,
				'async_direct_test' => static fn(): array => self::site_health( $check, self::run( $check ) ),
			);
		}
		return $tests;
	}

	/**
	 * rest_api_init: the route Site Health calls for each check.
	 */
	public static function register_routes(): void {
		register_rest_route(
			self::REST_NAMESPACE,
			self::REST_ROUTE,
			array(
				'methods'             => 'GET',
				'callback'            => array( self::class, 'rest_check' ),
				'permission_callback' => array( self::class, 'user_may_run' ),
				'args'                => array(
					'check' => array(
						'type' => 'string',
						'enum' => self::CHECKS,
					),
				),
			)
		);
	}

	/**
	 * The REST callback: a Site Health result.
	 *
	 * @param \WP_REST_Request $request The request.
	 * @return array<string, mixed>|\WP_Error
	 */
	public static function rest_check( \WP_REST_Request $request ) {
		$check = (string) $request['check'];
		if ( ! self::is_available() ) {
			return new \WP_Error( 'aws_doctor_unavailable', __( 'The AWS checks need the quillcrm_sns extension and an SNS topic.', 'quillcrm-bounce' ), array( 'status' => 404 ) );
		}
		return self::site_health( $check, self::run( $check ) );
	}

	/**
	 * One check's result in Site Health's shape: its worst finding decides.
	 *
	 * @param string               $check  The check.
	 * @param array<string, mixed> $result The extension's answer.
	 * @return array<string, mixed>
	 */
	public static function site_health( string $check, array $result ): array {
		$findings = self::findings( $check, $result );
		$worst    = self::worst( array_column( $findings, 'status' ) );
		$description = '';
		$fixes       = array();
		foreach ( $findings as $finding ) {
			$description .= '<p data-code="' . esc_attr( $finding['code'] ) . '"><code>' . esc_html( $finding['code'] ) . '</code> ' . esc_html( $finding['sentence'] ) . '</p>';
			if ( '' !== $finding['fix'] ) {
				$description .= '<p><strong>' . esc_html__( 'Fix:', 'quillcrm-bounce' ) . '</strong> ' . esc_html( $finding['fix'] ) . '</p>';
				$fixes[]      = $finding['fix'];
			}
		}
		return array(
			'label'       => self::label( $check, $worst ),
			'status'      => $worst,
			'badge'       => array(
				'label' => __( 'Bounce handling', 'quillcrm-bounce' ),
				'color' => 'blue',
			),
			'description' => $description,
			'actions'     => 'good' === $worst ? '' : '<p><a href="' . esc_url( SettingsPage::url() ) . '">' . esc_html__( 'Open Bounce Handling', 'quillcrm-bounce' ) . '</a></p>',
			'test'        => 'quillcrm_bounce_aws_' . $check,
			'fix'         => implode( ' ', $fixes ),
		);
	}

	/**
	 * The worst of some statuses (Site Health shows one per test).
	 *
	 * @param list<string> $statuses good|recommended|critical.
	 */
	public static function worst( array $statuses ): string {
		foreach ( array( 'critical', 'recommended' ) as $status ) {
			if ( in_array( $status, $statuses, true ) ) {
				return $status;
			}
		}
		return 'good';
	}

	/**
	 * A check's findings with their sentence and fix; a failed call is one
	 * finding of its own (critical when the admin must act, else
	 * recommended: it passes by itself).
	 *
	 * @param string               $check  The check.
	 * @param array<string, mixed> $result The extension's answer.
	 * @return list<array{code: string, status: string, sentence: string, fix: string}>
	 */
	public static function findings( string $check, array $result ): array {
		if ( empty( $result['ok'] ) ) {
			$code = (string) ( $result['error'] ?? 'aws_unavailable' );
			return array(
				array(
					'code'     => $code,
					'status'   => empty( $result['retry'] ) ? 'critical' : 'recommended',
					'sentence' => (string) ( $result['detail'] ?? '' ),
					'fix'      => Troubleshooting::aws_fix( $code, $result['iam_action'] ?? null ),
				),
			);
		}
		if ( 'send_statistics' === $check ) {
			return array( self::send_statistics_finding( (array) $result['facts'] ) );
		}
		$out = array();
		foreach ( (array) $result['findings'] as $finding ) {
			$out[] = array(
				'code'     => (string) $finding['code'],
				'status'   => (string) $finding['status'],
				'sentence' => self::sentence( (string) $finding['code'], (array) $finding['facts'], (array) $result['facts'] ),
				'fix'      => 'good' === $finding['status'] ? '' : Troubleshooting::fix( (string) $finding['code'] ),
			);
		}
		return $out;
	}

	/**
	 * AWS's own bounce and complaint rates over its last two weeks, against
	 * AWS's review and pause levels (Rates owns them).
	 *
	 * @param array<string, string> $facts The check's facts.
	 * @return array{code: string, status: string, sentence: string, fix: string}
	 */
	private static function send_statistics_finding( array $facts ): array {
		$rates = self::aws_rates( $facts );
		if ( null === $rates ) {
			return array(
				'code'     => 'ses_no_sends',
				'status'   => 'good',
				'sentence' => __( 'Amazon SES counted no delivery attempt in the last two weeks.', 'quillcrm-bounce' ),
				'fix'      => '',
			);
		}
		$status = 'good';
		$code   = 'ses_rates_ok';
		if ( $rates['bounce'] >= Rates::AWS_BOUNCE_PAUSE || $rates['complaint'] >= Rates::AWS_COMPLAINT_PAUSE ) {
			list( $status, $code ) = array( 'critical', 'ses_rates_at_pause_level' );
		} elseif ( $rates['bounce'] >= Rates::AWS_BOUNCE_REVIEW || $rates['complaint'] >= Rates::AWS_COMPLAINT_REVIEW ) {
			list( $status, $code ) = array( 'recommended', 'ses_rates_at_review_level' );
		}
		return array(
			'code'     => $code,
			'status'   => $status,
			'sentence' => sprintf(
				/* translators: 1: delivery attempts, 2: bounces, 3: bounce rate, 4: complaints, 5: complaint rate. */
				__( 'Amazon SES\'s own counts over its last two weeks: %1$s delivery attempts, %2$s bounces (%3$s %%), %4$s complaints (%5$s %%).', 'quillcrm-bounce' ),
				number_format_i18n( (int) $facts['delivery_attempts'] ),
				number_format_i18n( (int) $facts['bounces'] ),
				number_format_i18n( $rates['bounce'], 2 ),
				number_format_i18n( (int) $facts['complaints'] ),
				number_format_i18n( $rates['complaint'], 3 )
			),
			'fix'      => 'good' === $status ? '' : Troubleshooting::fix( $code ),
		);
	}

	/**
	 * Bounce and complaint rates in percent from AWS's counts, null without sends.
	 *
	 * @param array<string, string> $facts The send_statistics facts.
	 * @return array{bounce: float, complaint: float}|null
	 */
	public static function aws_rates( array $facts ): ?array {
		$attempts = (int) ( $facts['delivery_attempts'] ?? 0 );
		if ( $attempts <= 0 ) {
			return null;
		}
		return array(
			'bounce'    => 100.0 * (int) ( $facts['bounces'] ?? 0 ) / $attempts,
			'complaint' => 100.0 * (int) ( $facts['complaints'] ?? 0 ) / $attempts,
		);
	}

	/**
	 * A check's label for its status.
	 *
	 * @param string $check  The check.
	 * @param string $status good|recommended|critical.
	 */
	private static function label( string $check, string $status ): string {
		$names = array(
			'subscription'      => __( 'AWS: the Amazon SNS subscription', 'quillcrm-bounce' ),
			'queue'             => __( 'AWS: the Amazon SQS queue', 'quillcrm-bounce' ),
			'identity'          => __( 'AWS: the Amazon SES identity\'s notifications', 'quillcrm-bounce' ),
			'configuration_set' => __( 'AWS: the configuration set\'s event destination', 'quillcrm-bounce' ),
			'send_statistics'   => __( 'AWS: Amazon SES\'s own bounce and complaint counts', 'quillcrm-bounce' ),
		);
		$name = $names[ $check ] ?? $check;
		if ( 'good' === $status ) {
			/* translators: %s: what was checked. */
			return sprintf( __( '%s: as it should be', 'quillcrm-bounce' ), $name );
		}
		/* translators: %s: what was checked. */
		return sprintf( __( '%s: needs attention', 'quillcrm-bounce' ), $name );
	}

	/**
	 * One plain sentence per finding.
	 *
	 * @param string                $code  Finding code.
	 * @param array<string, string> $facts The finding's facts.
	 * @param array<string, string> $check The check's facts.
	 */
	public static function sentence( string $code, array $facts, array $check ): string {
		switch ( $code ) {
			case 'subscription_missing':
				return __( 'Nothing of this site is subscribed to the topic: no notification reaches it.', 'quillcrm-bounce' );
			case 'subscription_pending':
				return __( 'The subscription is still pending confirmation: Amazon SNS delivers nothing to it until it is confirmed.', 'quillcrm-bounce' );
			case 'subscription_raw_delivery':
				return __( 'Raw message delivery is on: notifications arrive without their SNS signature and every one is refused.', 'quillcrm-bounce' );
			case 'subscription_delivery_policy':
				return __( 'The subscription does not have the recommended delivery policy: SNS gives up on this site after about a minute.', 'quillcrm-bounce' );
			case 'subscription_no_dead_letter_queue':
				return __( 'The subscription has no dead-letter queue: what SNS cannot deliver is dropped.', 'quillcrm-bounce' );
			case 'subscription_topic_shared':
				return sprintf(
					_n(
						/* translators: 1: how many other subscriptions, 2: their web addresses or queue ARNs (query values masked). */
						'The topic also sends every notification to %1$s other web address or queue: %2$s. If it belongs to another site, the two sites apply each other\'s bounces, complaints and deliveries.',
						'The topic also sends every notification to %1$s other web addresses or queues: %2$s. If one belongs to another site, the sites apply each other\'s bounces, complaints and deliveries.',
						(int) ( $facts['others'] ?? 0 ),
						'quillcrm-bounce'
					),
					number_format_i18n( (int) ( $facts['others'] ?? 0 ) ),
					(string) ( $facts['endpoints'] ?? '' )
				);
			case 'subscription_ok':
				return __( 'The subscription is confirmed, delivers SNS messages as signed, and has a dead-letter queue.', 'quillcrm-bounce' );
			case 'queue_retention_short':
				if ( ! isset( $facts['retention_seconds'] ) ) {
					return __( 'AWS did not say how long the queue keeps messages: check its retention period in the SQS console.', 'quillcrm-bounce' );
				}
				/* translators: %s: a duration, e.g. "4 days". */
				return sprintf( __( 'The queue keeps messages for %s only: what waits longer (a long outage) is lost.', 'quillcrm-bounce' ), human_time_diff( 0, (int) ( $facts['retention_seconds'] ?? 0 ) ) );
			case 'queue_kms_aws_managed':
				return __( 'The queue is encrypted with the AWS-managed key alias/aws/sqs, which Amazon SNS cannot use: nothing the topic publishes reaches the queue.', 'quillcrm-bounce' );
			case 'queue_policy_missing':
				return __( 'The queue\'s policy has no statement allowing sqs:SendMessage from this topic by an aws:SourceArn condition, or a statement denies it: SNS\'s deliveries to the queue are refused, unless another statement allows them more broadly (without naming the topic).', 'quillcrm-bounce' );
			case 'queue_ok':
				$waiting   = (int) ( $check['depth'] ?? 0 );
				$in_flight = (int) ( $check['in_flight'] ?? 0 );
				return sprintf(
					/* translators: 1: the number of messages waiting with its words, 2: the number in flight with its words. */
					__( 'The queue keeps messages 14 days and the topic may send to it. %1$s, %2$s.', 'quillcrm-bounce' ),
					/* translators: %s: number of messages. */
					sprintf( _n( '%s message waiting', '%s messages waiting', $waiting, 'quillcrm-bounce' ), number_format_i18n( $waiting ) ),
					/* translators: %s: number of messages. */
					sprintf( _n( '%s message in flight', '%s messages in flight', $in_flight, 'quillcrm-bounce' ), number_format_i18n( $in_flight ) )
				);
			case 'queue_not_used':
				return __( 'Notifications arrive through the HTTPS webhook; no queue is used.', 'quillcrm-bounce' );
			case 'identity_topic_missing':
				return 'bounce' === ( $facts['kind'] ?? '' )
					? __( 'The identity publishes its bounce notifications to no topic.', 'quillcrm-bounce' )
					: __( 'The identity publishes its complaint notifications to no topic.', 'quillcrm-bounce' );
			case 'identity_topic_elsewhere':
				return 'bounce' === ( $facts['kind'] ?? '' )
					/* translators: %s: topic ARN. */
					? sprintf( __( 'The identity publishes its bounce notifications to another topic: %s.', 'quillcrm-bounce' ), (string) ( $facts['topic_arn'] ?? '' ) )
					/* translators: %s: topic ARN. */
					: sprintf( __( 'The identity publishes its complaint notifications to another topic: %s.', 'quillcrm-bounce' ), (string) ( $facts['topic_arn'] ?? '' ) );
			case 'identity_feedback_forwarding':
				return __( 'Amazon SES also forwards each bounce and complaint by email to the sender.', 'quillcrm-bounce' );
			case 'identity_ok':
				return __( 'The identity publishes its bounces and complaints to the topic, and no longer by email.', 'quillcrm-bounce' );
			case 'identity_not_configured':
				return __( 'No SES identity is named in "Set up in AWS", so its notifications cannot be checked.', 'quillcrm-bounce' );
			case 'configuration_set_no_destination':
				return __( 'The configuration set has no event destination publishing to the topic.', 'quillcrm-bounce' );
			case 'configuration_set_destination_disabled':
				return __( 'The configuration set\'s event destination to the topic is disabled.', 'quillcrm-bounce' );
			case 'configuration_set_missing_events':
				/* translators: %s: event types, e.g. "complaint". */
				return sprintf( __( 'The configuration set\'s event destination does not publish these events to the topic: %s.', 'quillcrm-bounce' ), (string) ( $facts['missing'] ?? '' ) );
			case 'configuration_set_ok':
				return __( 'The configuration set publishes bounces and complaints to the topic.', 'quillcrm-bounce' );
			case 'configuration_set_not_used':
				return __( 'No configuration set is named in "Set up in AWS".', 'quillcrm-bounce' );
		}
		return $code;
	}

	/**
	 * admin-post.php?action=quillcrm_bounce_aws_doctor: runs every check now.
	 */
	public static function handle(): void {
		if ( ! current_user_can( SettingsPage::server_capability() ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'quillcrm-bounce' ), '', array( 'response' => 403 ) );
		}
		check_admin_referer( self::ACTION );
		if ( self::is_available() ) {
			foreach ( self::CHECKS as $check ) {
				self::run( $check );
			}
		}
		wp_safe_redirect( SettingsPage::url() );
		exit;
	}

	/**
	 * Beside the rate estimates: AWS's own counts and rates over its last
	 * two weeks, from the last send_statistics check (nothing before one).
	 */
	public static function render_aws_rates(): void {
		$result = self::results()['send_statistics'] ?? null;
		if ( ! self::is_available() || ! is_array( $result ) || empty( $result['ok'] ) ) {
			return;
		}
		$finding = self::send_statistics_finding( (array) $result['facts'] );
		echo '<p id="quillcrm-aws-rates" data-status="' . esc_attr( $finding['status'] ) . '"><strong>' . esc_html__( 'Amazon SES:', 'quillcrm-bounce' ) . '</strong> ' . esc_html( $finding['sentence'] ) . ' ';
		/* translators: %s: how long ago. */
		echo esc_html( sprintf( __( '(checked %s ago)', 'quillcrm-bounce' ), human_time_diff( (int) $result['at'] ) ) ) . '</p>';
	}

	/**
	 * The doctor's part of the Bounce Handling page: the last results of
	 * the checks (Site Health runs them too), with AWS's own rates.
	 */
	public static function render(): void {
		echo '<h4 id="quillcrm-aws-doctor-heading">' . esc_html__( 'Checks of the AWS side', 'quillcrm-bounce' ) . '</h4>';
		echo '<div id="quillcrm-aws-doctor">';
		if ( ! self::is_available() ) {
			echo '<p class="description">' . esc_html__( 'The checks run once "Set up in AWS" has been run (they need the quillcrm_sns extension and AWS credentials).', 'quillcrm-bounce' ) . '</p></div>';
			return;
		}
		$results = self::results();
		echo '<table class="widefat striped" id="quillcrm-aws-doctor-findings"><tbody>';
		foreach ( self::CHECKS as $check ) {
			if ( ! isset( $results[ $check ] ) ) {
				continue;
			}
			foreach ( self::findings( $check, $results[ $check ] ) as $finding ) {
				echo '<tr data-check="' . esc_attr( $check ) . '" data-code="' . esc_attr( $finding['code'] ) . '" data-status="' . esc_attr( $finding['status'] ) . '">';
				echo '<th scope="row">' . esc_html( self::label( $check, $finding['status'] ) ) . '</th>';
				echo '<td><code>' . esc_html( $finding['code'] ) . '</code> ' . esc_html( $finding['sentence'] );
				if ( '' !== $finding['fix'] ) {
					echo '<br /><strong>' . esc_html__( 'Fix:', 'quillcrm-bounce' ) . '</strong> ' . esc_html( $finding['fix'] );
				}
				/* translators: %s: how long ago. */
				echo '<br /><span class="description">' . esc_html( sprintf( __( 'Checked %s ago.', 'quillcrm-bounce' ), human_time_diff( (int) $results[ $check ]['at'] ) ) ) . '</span></td></tr>';
			}
		}
		if ( array() === $results ) {
			echo '<tr><td>' . esc_html__( 'Not checked yet.', 'quillcrm-bounce' ) . '</td></tr>';
		}
		echo '</tbody></table>';
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '">';
		echo '<input type="hidden" name="action" value="' . esc_attr( self::ACTION ) . '" />';
		wp_nonce_field( self::ACTION );
		echo '<p><button type="submit" class="button" id="quillcrm-aws-doctor-run">' . esc_html__( 'Check now', 'quillcrm-bounce' ) . '</button> <a href="' . esc_url( admin_url( 'site-health.php' ) ) . '">' . esc_html__( 'Tools → Site Health runs them too', 'quillcrm-bounce' ) . '</a></p></form>';
		echo '</div>';
	}
}
