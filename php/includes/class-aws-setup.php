<?php
/**
 * "Set up in AWS" on QuillCRM → Settings → SMTP → Bounce Handling.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * The one-click setup: its form, its admin-post.php handler and the
 * checklist of what the run did. The steps themselves are the extension's
 * (quillcrm_sns_aws_setup()); each reads first and writes only what
 * differs, so running it again changes nothing and says so. Credentials
 * are the queue intake's (QueueIntake::credentials()), never stored.
 */
final class AwsSetup {

	/** What the setup is for: region, topic, identity, configuration_set, queue_name (not autoloaded). */
	public const OPTION = 'quillcrm_bounce_aws';

	/** admin-post.php action (also the nonce action). */
	public const ACTION = 'quillcrm_bounce_aws_setup';

	/** Per-user transient holding the last run's checklist. */
	public const RESULT_TRANSIENT_PREFIX = 'quillcrm_bounce_aws_setup_';

	/** The form's fields. */
	private const FIELDS = array( 'region', 'topic', 'identity', 'configuration_set', 'queue_name' );

	/**
	 * The stored setup fields, with defaults.
	 *
	 * @return array{region: string, topic: string, identity: string, configuration_set: string, queue_name: string}
	 */
	public static function settings(): array {
		$stored   = get_option( self::OPTION, array() );
		$stored   = is_array( $stored ) ? $stored : array();
		$site     = substr( md5( home_url() ), 0, 8 );
		$queue    = function_exists( 'quillcrm_sns_queue_url_parts' ) ? \quillcrm_sns_queue_url_parts( Settings::queue_url() ) : null;
		$defaults = array(
			'region'            => $queue['region'] ?? 'us-east-1',
			// A topic of this site's own: every subscription of a topic gets
			// every notification, so sites sharing one would apply each
			// other's bounces, complaints and deliveries.
			'topic'             => 'quillcrm-ses-feedback-' . $site,
			'identity'          => '',
			'configuration_set' => '',
			// The intake's queue when it has one, else a name of this site's own.
			'queue_name'        => $queue['name'] ?? 'quillcrm-bounce-' . $site,
		);
		$settings = array();
		foreach ( $defaults as $field => $default ) {
			$value              = isset( $stored[ $field ] ) && is_string( $stored[ $field ] ) ? $stored[ $field ] : '';
			$settings[ $field ] = '' === $value ? $default : $value;
		}
		return $settings;
	}

	/**
	 * Whether this PHP can run the setup (the extension's AWS client).
	 */
	public static function is_available(): bool {
		return function_exists( 'quillcrm_sns_aws_setup' );
	}

	/**
	 * The extension's options for these settings and the current intake.
	 *
	 * @param array<string, string> $settings See settings().
	 * @return array<string, mixed>
	 */
	public static function options( array $settings ): array {
		$options = array(
			'region'            => $settings['region'],
			'topic'             => $settings['topic'],
			'identity'          => $settings['identity'],
			'configuration_set' => $settings['configuration_set'],
			'intake'            => Settings::intake(),
			'credentials'       => QueueIntake::credentials(),
		);
		if ( 'sqs' === Settings::intake() ) {
			$options['queue_name'] = $settings['queue_name'];
		} else {
			$options['webhook_url'] = Settings::webhook_url();
			// One owner of the recommended policy: the one the page shows.
			$options['delivery_policy'] = (string) wp_json_encode( Subscription::RECOMMENDED_DELIVERY_POLICY, JSON_UNESCAPED_SLASHES );
		}
		return $options;
	}

	/**
	 * admin-post.php?action=quillcrm_bounce_aws_setup: capability, nonce,
	 * unslash, sanitize; the run; its checklist shown after the redirect.
	 */
	public static function handle(): void {
		if ( ! current_user_can( SettingsPage::server_capability() ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'quillcrm-bounce' ), '', array( 'response' => 403 ) );
		}
		check_admin_referer( self::ACTION );
		$settings = array();
		foreach ( self::FIELDS as $field ) {
			// phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked above.
			$settings[ $field ] = isset( $_POST[ 'quillcrm_aws_' . $field ] ) ? sanitize_text_field( wp_unslash( $_POST[ 'quillcrm_aws_' . $field ] ) ) : '';
		}
		update_option( self::OPTION, $settings, false );
		if ( ! self::is_available() ) {
			$result = array(
				'ok'    => false,
				'error' => 'aws_needs_extension',
				'steps' => array(),
			);
		} elseif ( 'sqs' === Settings::intake() && self::queue_of_another_site( self::settings() ) ) {
			// The run would subscribe another site's queue to this topic, and
			// that site would delete these messages as another topic's.
			$result = array(
				'ok'    => false,
				'error' => 'queue_used_by_other_site',
				'steps' => array(),
			);
		} else {
			$result = \quillcrm_sns_aws_setup( self::options( self::settings() ) );
			self::apply( $result );
		}
		set_transient( self::result_transient(), $result, 10 * MINUTE_IN_SECONDS );
		wp_safe_redirect( SettingsPage::url( array( 'quillcrm_aws_setup' => 'done' ) ) );
		exit;
	}

	/**
	 * Whether the queue these settings name (its region and name) is one
	 * another site of the installation takes its messages from.
	 *
	 * @param array<string, string> $settings See settings().
	 */
	private static function queue_of_another_site( array $settings ): bool {
		if ( ! function_exists( 'quillcrm_sns_queue_url_parts' ) ) {
			return false; // An extension older than the plugin.
		}
		foreach ( Settings::other_sites_queues() as $url ) {
			$queue = \quillcrm_sns_queue_url_parts( $url );
			if ( null !== $queue && $queue['region'] === $settings['region'] && $queue['name'] === $settings['queue_name'] ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What the site keeps of a run: the topic (accepted, so its messages
	 * are), and for the queue intake the queue URL. SNS sends the webhook
	 * its SubscriptionConfirmation as soon as the run subscribes it, before
	 * the topic is accepted here: on a site that accepts another topic it
	 * was refused and kept, and is confirmed now.
	 *
	 * @param array<string, mixed> $result The extension's answer.
	 */
	private static function apply( array $result ): void {
		if ( is_string( $result['topic_arn'] ?? null ) ) {
			$settings          = self::settings();
			$settings['topic'] = $result['topic_arn'];
			update_option( self::OPTION, $settings, false );
			Settings::add_accepted_topic( $result['topic_arn'] );
			if ( isset( Subscription::refused()[ $result['topic_arn'] ] ) ) {
				Subscription::confirm_kept( $result['topic_arn'] );
			}
		}
		if ( is_string( $result['queue_url'] ?? null ) && 'sqs' === Settings::intake() ) {
			Settings::save_intake( 'sqs', $result['queue_url'] );
			QueueIntake::schedule();
		}
	}

	/**
	 * The setup's part of the Bounce Handling page: the last run's
	 * checklist (after a redirect), then the form.
	 */
	public static function render(): void {
		$settings = self::settings();
		echo '<h4 id="quillcrm-aws-setup-heading">' . esc_html__( 'Set up in AWS', 'quillcrm-bounce' ) . '</h4>';
		echo '<div id="quillcrm-aws-setup">';
		self::render_checklist();
		echo '<p>' . esc_html__( 'With AWS credentials (the same as the queue intake\'s: wp-config.php constants, the PHP-FPM environment or an EC2 instance role), the plugin sets up the SNS topic, the queue or the webhook subscription, and the SES identity\'s notifications itself. Each step first reads what is there and changes only what differs: running it again is safe. The IAM permissions it needs are in the plugin\'s README.', 'quillcrm-bounce' ) . '</p>';
		if ( ! self::is_available() ) {
			echo '<p class="description" id="quillcrm-aws-setup-needs-extension"><strong>' . esc_html( Troubleshooting::fix( 'aws_needs_extension' ) ) . '</strong></p>';
		}
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" id="quillcrm-aws-setup-form">';
		echo '<input type="hidden" name="action" value="' . esc_attr( self::ACTION ) . '" />';
		wp_nonce_field( self::ACTION );
		echo '<table class="form-table" role="presentation">';
		$fields = array(
			'region'            => array( __( 'AWS region', 'quillcrm-bounce' ), __( 'The region you send with Amazon SES from, e.g. eu-central-1 (a topic ARN below names its own).', 'quillcrm-bounce' ) ),
			'topic'             => array( __( 'SNS topic', 'quillcrm-bounce' ), __( 'A topic ARN to use, or a name: the topic of that name is used, or created.', 'quillcrm-bounce' ) ),
			'identity'          => array( __( 'SES identity', 'quillcrm-bounce' ), __( 'The domain or address you send from: its bounce and complaint notifications are pointed at the topic, and email forwarding of them is turned off once every earlier step has succeeded and the subscription is confirmed.', 'quillcrm-bounce' ) ),
			'configuration_set' => array( __( 'Configuration set (optional)', 'quillcrm-bounce' ), __( 'When your mail is sent with a configuration set: an SNS event destination for bounces and complaints is added to it.', 'quillcrm-bounce' ) ),
		);
		if ( 'sqs' === Settings::intake() ) {
			$fields['queue_name'] = array( __( 'SQS queue name', 'quillcrm-bounce' ), __( 'The queue of this site (created when missing, keeping messages 14 days).', 'quillcrm-bounce' ) );
		}
		foreach ( $fields as $field => list( $label, $description ) ) {
			echo '<tr><th scope="row"><label for="quillcrm-aws-' . esc_attr( $field ) . '">' . esc_html( $label ) . '</label></th><td>';
			echo '<input type="text" class="regular-text code" id="quillcrm-aws-' . esc_attr( $field ) . '" name="quillcrm_aws_' . esc_attr( $field ) . '" value="' . esc_attr( $settings[ $field ] ) . '" />';
			echo '<p class="description">' . esc_html( $description ) . '</p></td></tr>';
		}
		echo '</table>';
		echo '<p><button type="submit" class="button button-primary" id="quillcrm-aws-setup-run"' . disabled( self::is_available(), false, false ) . '>' . esc_html__( 'Set up in AWS', 'quillcrm-bounce' ) . '</button></p>';
		echo '</form></div>';
	}

	/**
	 * The last run's checklist, once, for the user who ran it.
	 */
	private static function render_checklist(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- display only.
		if ( ! isset( $_GET['quillcrm_aws_setup'] ) ) {
			return;
		}
		$result = get_transient( self::result_transient() );
		delete_transient( self::result_transient() );
		if ( ! is_array( $result ) ) {
			return;
		}
		$steps   = is_array( $result['steps'] ?? null ) ? $result['steps'] : array();
		$summary = self::run_summary( $result );
		$class   = array(
			'failed'     => 'notice-error',
			'incomplete' => 'notice-warning',
		)[ $summary ] ?? 'notice-success';
		$text    = array(
			'failed'     => __( 'Set up in AWS: some steps failed. Fix what is said below and run it again; the steps that were done stay done.', 'quillcrm-bounce' ),
			'incomplete' => __( 'Set up in AWS: some steps are not done yet; each says when it will be. Nothing failed.', 'quillcrm-bounce' ),
			'unchanged' => __( 'Set up in AWS: everything was already set up. Nothing was changed.', 'quillcrm-bounce' ),
			'done'      => __( 'Set up in AWS: done.', 'quillcrm-bounce' ),
		)[ $summary ];
		echo '<div class="notice ' . esc_attr( $class ) . ' inline" id="quillcrm-aws-setup-result" data-ok="' . esc_attr( empty( $result['ok'] ) ? '0' : '1' ) . '" data-error="' . esc_attr( (string) ( $result['error'] ?? '' ) ) . '" data-summary="' . esc_attr( $summary ) . '"><p><strong>' . esc_html( $text ) . '</strong></p>';
		if ( array() === $steps && ! empty( $result['error'] ) ) {
			echo '<p><code>' . esc_html( (string) $result['error'] ) . '</code> ' . esc_html( Troubleshooting::aws_fix( (string) $result['error'], null ) ) . '</p>';
		}
		if ( array() !== $steps ) {
			echo '<table class="widefat striped" id="quillcrm-aws-setup-steps"><tbody>';
			foreach ( $steps as $step ) {
				echo '<tr data-step="' . esc_attr( (string) $step['step'] ) . '" data-outcome="' . esc_attr( (string) $step['outcome'] ) . '">';
				echo '<th scope="row">' . esc_html( self::step_label( (string) $step['step'] ) ) . '</th>';
				echo '<td><strong>' . esc_html( self::outcome_label( (string) $step['outcome'] ) ) . '</strong>';
				if ( '' !== (string) $step['subject'] && 'subscription' !== $step['step'] ) {
					echo ' <code>' . esc_html( (string) $step['subject'] ) . '</code>';
				}
				if ( null !== $step['note'] || 'skipped' === $step['outcome'] ) {
					echo '<br /><span class="description">' . esc_html( self::note( (string) $step['note'] ) ) . '</span>';
				}
				if ( null !== $step['error'] ) {
					echo '<br /><code>' . esc_html( (string) $step['error'] ) . '</code> ' . esc_html( (string) $step['detail'] );
					echo '<br /><strong>' . esc_html__( 'Fix:', 'quillcrm-bounce' ) . '</strong> ' . esc_html( Troubleshooting::aws_fix( (string) $step['error'], $step['iam_action'] ) );
				}
				echo '</td></tr>';
			}
			echo '</tbody></table>';
		}
		echo '</div>';
	}

	/**
	 * What a run amounts to: `failed` (a step or the run failed),
	 * `incomplete` (a step is not done yet: a pending subscription, email
	 * forwarding left on), `unchanged` (every step was already so), `done`.
	 *
	 * @param array<string, mixed> $result The extension's answer.
	 */
	public static function run_summary( array $result ): string {
		if ( empty( $result['ok'] ) ) {
			return 'failed';
		}
		$outcomes = array_map( static fn( $step ): string => (string) ( $step['outcome'] ?? '' ), (array) ( $result['steps'] ?? array() ) );
		if ( in_array( 'skipped', $outcomes, true ) ) {
			return 'incomplete';
		}
		return array() !== array_intersect( $outcomes, array( 'created', 'changed' ) ) ? 'done' : 'unchanged';
	}

	/**
	 * What a step is, in the admin's words.
	 *
	 * @param string $step Stable step id.
	 */
	public static function step_label( string $step ): string {
		$labels = array(
			'topic'                        => __( 'SNS topic', 'quillcrm-bounce' ),
			'topic_signature_version'      => __( 'The topic signs with SignatureVersion 2 (SHA256)', 'quillcrm-bounce' ),
			'queue'                        => __( 'SQS queue', 'quillcrm-bounce' ),
			'queue_retention'              => __( 'The queue keeps messages 14 days', 'quillcrm-bounce' ),
			'queue_policy'                 => __( 'The queue policy lets the topic send to it', 'quillcrm-bounce' ),
			'queue_encryption'             => __( 'The queue\'s encryption lets SNS send to it', 'quillcrm-bounce' ),
			'subscription'                 => __( 'Subscription to the topic', 'quillcrm-bounce' ),
			'subscription_raw_delivery'    => __( 'Raw message delivery is off', 'quillcrm-bounce' ),
			'subscription_delivery_policy' => __( 'The recommended delivery policy', 'quillcrm-bounce' ),
			'identity_bounce'              => __( 'The identity\'s bounce notifications go to the topic', 'quillcrm-bounce' ),
			'identity_complaint'           => __( 'The identity\'s complaint notifications go to the topic', 'quillcrm-bounce' ),
			'configuration_set'            => __( 'The configuration set\'s event destination', 'quillcrm-bounce' ),
			'feedback_forwarding'          => __( 'Email forwarding of bounces and complaints is off', 'quillcrm-bounce' ),
		);
		return $labels[ $step ] ?? $step;
	}

	/**
	 * What a step did, in the admin's words.
	 *
	 * @param string $outcome created|already|changed|failed|skipped.
	 */
	public static function outcome_label( string $outcome ): string {
		$labels = array(
			'created' => __( 'Created', 'quillcrm-bounce' ),
			'already' => __( 'Already so', 'quillcrm-bounce' ),
			'changed' => __( 'Changed', 'quillcrm-bounce' ),
			'failed'  => __( 'Failed', 'quillcrm-bounce' ),
			'skipped' => __( 'Not done', 'quillcrm-bounce' ),
		);
		return $labels[ $outcome ] ?? $outcome;
	}

	/**
	 * A step's note.
	 *
	 * @param string $note pending|after_confirmation|not_covered|intake_not_ready, '' for a step skipped after a failure.
	 */
	private static function note( string $note ): string {
		switch ( $note ) {
			case 'pending':
				return __( 'Amazon SNS sends a confirmation request to this site\'s webhook URL; the subscription is confirmed when it arrives (see Subscription below).', 'quillcrm-bounce' );
			case 'after_confirmation':
				return __( 'Done once the subscription is confirmed: run Set up in AWS again then.', 'quillcrm-bounce' );
			case 'not_covered':
				return __( 'Left on: both bounces and complaints need a topic first, or SES would tell no one.', 'quillcrm-bounce' );
			case 'intake_not_ready':
				return __( 'Left on until every step above has succeeded and the subscription is confirmed, or SES would tell no one: run Set up in AWS again then.', 'quillcrm-bounce' );
		}
		return __( 'An earlier step failed.', 'quillcrm-bounce' );
	}

	/**
	 * Per-user transient holding the last run's checklist.
	 */
	private static function result_transient(): string {
		return self::RESULT_TRANSIENT_PREFIX . get_current_user_id();
	}
}
