<?php
/**
 * QuillCRM → Settings → SMTP → Bounce Handling.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * The admin page and its two admin-post.php handlers. Every write checks
 * the capability, then the nonce, then unslashes and sanitizes.
 */
final class SettingsPage {

	/** Top-level menu shared by QuillCRM plugins. */
	public const MENU_SLUG = 'quillcrm';

	/** This page. */
	public const PAGE_SLUG = 'quillcrm-settings';

	/** Capability for viewing and changing the settings. */
	public const CAPABILITY = 'manage_options';

	/** On a multisite network: capability for what belongs to the server (its AWS credentials, its PHP build). */
	public const NETWORK_SERVER_CAPABILITY = 'manage_network_options';

	/** admin-post.php actions (also the nonce actions). */
	public const REGENERATE_ACTION = 'quillcrm_bounce_regenerate_key';
	public const SAVE_ACTION       = 'quillcrm_bounce_save_settings';
	public const ACCEPT_ACTION     = 'quillcrm_bounce_accept_confirmation';
	public const INTAKE_ACTION     = 'quillcrm_bounce_save_intake';

	/** Per-user transient holding the rejected topic lines (+ user id). */
	public const REJECTED_TRANSIENT_PREFIX = 'quillcrm_bounce_rejected_topics_';

	/** Query argument carrying the notice after a redirect. */
	private const NOTICE_ARG = 'quillcrm_bounce_notice';

	/** Screen hook suffix of the page, for the script. */
	private static string $hook_suffix = '';

	/**
	 * The page's URL, on the SMTP tab, at the Bounce Handling section.
	 *
	 * @param array<string, string> $args Extra query arguments.
	 */
	public static function url( array $args = array() ): string {
		return add_query_arg(
			array_merge(
				array(
					'page' => self::PAGE_SLUG,
					'tab'  => 'smtp',
				),
				$args
			),
			admin_url( 'admin.php' )
		) . '#bounce-handling';
	}

	/**
	 * admin_menu (priority 20): the QuillCRM menu, unless another QuillCRM
	 * plugin registered it already, and its Settings submenu.
	 */
	public static function register_menu(): void {
		global $admin_page_hooks;
		$owns_menu = empty( $admin_page_hooks[ self::MENU_SLUG ] );
		if ( $owns_menu ) {
			add_menu_page(
				__( 'QuillCRM', 'quillcrm-bounce' ),
				__( 'QuillCRM', 'quillcrm-bounce' ),
				self::CAPABILITY,
				self::MENU_SLUG,
				array( self::class, 'render' ),
				'dashicons-email-alt',
				58
			);
		}
		self::$hook_suffix = (string) add_submenu_page(
			self::MENU_SLUG,
			__( 'QuillCRM Settings', 'quillcrm-bounce' ),
			__( 'Settings', 'quillcrm-bounce' ),
			self::CAPABILITY,
			self::PAGE_SLUG,
			array( self::class, 'render' )
		);
		if ( $owns_menu ) {
			// The menu's own entry would duplicate "Settings"; without it the
			// top-level item links to Settings.
			remove_submenu_page( self::MENU_SLUG, self::MENU_SLUG );
		}
	}

	/**
	 * admin_enqueue_scripts: the Copy button's script, on this page only.
	 *
	 * @param string $hook_suffix Current screen.
	 */
	public static function enqueue( string $hook_suffix ): void {
		if ( '' === self::$hook_suffix || $hook_suffix !== self::$hook_suffix ) {
			return;
		}
		wp_enqueue_script( 'quillcrm-bounce-admin', plugins_url( 'assets/admin.js', PLUGIN_FILE ), array(), VERSION, true );
	}

	/**
	 * admin-post.php?action=quillcrm_bounce_regenerate_key
	 */
	public static function handle_regenerate_key(): void {
		self::check_request( self::REGENERATE_ACTION );
		Settings::regenerate_key();
		self::redirect( 'key_regenerated' );
	}

	/**
	 * admin-post.php?action=quillcrm_bounce_save_settings
	 */
	public static function handle_save(): void {
		self::check_request( self::SAVE_ACTION );
		// phpcs:disable WordPress.Security.NonceVerification.Missing -- checked by check_request().
		$threshold = self::posted_whole_number( 'quillcrm_soft_threshold' );
		$window    = self::posted_whole_number( 'quillcrm_soft_window_days' );
		$complaint = isset( $_POST['quillcrm_complaint_action'] ) ? sanitize_key( wp_unslash( $_POST['quillcrm_complaint_action'] ) ) : '';
		$policy    = isset( $_POST['quillcrm_policy'] ) && is_array( $_POST['quillcrm_policy'] ) ? array_map( 'sanitize_key', wp_unslash( $_POST['quillcrm_policy'] ) ) : array();
		$require   = ! empty( $_POST['quillcrm_require_signature_v2'] );
		$retention = self::posted_whole_number( 'quillcrm_log_retention_days' );
		$sample    = self::posted_whole_number( 'quillcrm_rate_sample' );
		$bounce    = self::posted_percentage( 'quillcrm_bounce_alert' );
		$complaint_alert = self::posted_percentage( 'quillcrm_complaint_alert' );
		$topics    = isset( $_POST['quillcrm_accepted_topics'] ) ? sanitize_textarea_field( wp_unslash( $_POST['quillcrm_accepted_topics'] ) ) : null;
		$clear     = ! empty( $_POST['quillcrm_clear_topics'] );
		// phpcs:enable
		if ( in_array( false, array( $threshold, $window, $retention, $sample ), true ) ) {
			self::redirect( 'not_whole_number' ); // Nothing saved.
		}
		if ( in_array( false, array( $bounce, $complaint_alert ), true ) ) {
			self::redirect( 'not_a_percentage' ); // Nothing saved.
		}

		if ( null !== $threshold ) {
			Settings::save_soft_threshold( $threshold );
		}
		if ( null !== $window ) {
			Settings::save_soft_window_days( $window );
		}
		Settings::save_complaint_action( $complaint );
		Settings::save_policy( $policy );
		if ( null !== $retention ) {
			Settings::save_log_retention_days( $retention );
		}
		Settings::save_rate_settings( $sample, $bounce, $complaint_alert );
		$notice = self::save_topics( $topics, $clear ) ?? 'saved';
		if ( ! Settings::require_signature_v2( $require ) ) {
			$notice = 'signature_v2_not_offered';
		}
		self::redirect( $notice );
	}

	/**
	 * A whole number posted in $field, for Settings to clamp to the
	 * setting's range (one beyond PHP's int range saturates, as absint()
	 * would turn it into a float).
	 *
	 * @param string $field Field name.
	 * @return int|false|null Null when the field is absent, false when it is not a whole number.
	 */
	private static function posted_whole_number( string $field ) {
		// phpcs:disable WordPress.Security.NonceVerification.Missing -- checked by the handler's check_request().
		if ( ! isset( $_POST[ $field ] ) ) {
			return null;
		}
		$value = is_string( $_POST[ $field ] ) ? trim( sanitize_text_field( wp_unslash( $_POST[ $field ] ) ) ) : '';
		// phpcs:enable
		if ( 1 !== preg_match( '/^([+-]?)0*([0-9]+)$/', $value, $parts ) ) {
			return false; // Empty too: nothing says which number was meant.
		}
		if ( strlen( $parts[2] ) > 18 ) {
			return '-' === $parts[1] ? PHP_INT_MIN : PHP_INT_MAX;
		}
		return ( '-' === $parts[1] ? -1 : 1 ) * (int) $parts[2];
	}

	/**
	 * admin-post.php?action=quillcrm_bounce_save_intake: HTTPS webhook or
	 * Amazon SQS queue, and the queue URL (checked by the extension's rule).
	 */
	public static function handle_save_intake(): void {
		self::check_request( self::INTAKE_ACTION, self::server_capability() );
		// phpcs:disable WordPress.Security.NonceVerification.Missing -- checked by check_request().
		$intake    = isset( $_POST['quillcrm_intake'] ) ? sanitize_key( wp_unslash( $_POST['quillcrm_intake'] ) ) : 'webhook';
		$queue_url = isset( $_POST['quillcrm_queue_url'] ) ? sanitize_text_field( wp_unslash( $_POST['quillcrm_queue_url'] ) ) : '';
		// phpcs:enable
		$error = Settings::save_intake( $intake, $queue_url );
		QueueIntake::schedule();
		self::redirect( null === $error ? 'intake_saved' : 'intake_' . $error );
	}

	/**
	 * A percentage posted in $field: a decimal number ("0.05", or "0,05" as
	 * some locales type it), with or without a trailing "%".
	 *
	 * @param string $field Field name.
	 * @return string|false|null Null when the field is absent, false when it is not a number.
	 */
	private static function posted_percentage( string $field ) {
		// phpcs:disable WordPress.Security.NonceVerification.Missing -- checked by the handler's check_request().
		if ( ! isset( $_POST[ $field ] ) ) {
			return null;
		}
		$value = is_string( $_POST[ $field ] ) ? sanitize_text_field( wp_unslash( $_POST[ $field ] ) ) : '';
		// phpcs:enable
		$value = str_replace( ',', '.', trim( (string) preg_replace( '/\s*%$/', '', trim( $value ) ) ) );
		return 1 === preg_match( '/^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$/', $value ) ? $value : false;
	}

	/**
	 * Saves the accepted topics. Invalid lines never change the stored list
	 * (a pasted SubscriptionArn or a typo would otherwise un-pin the topic),
	 * and emptying it takes the explicit "clear" box.
	 *
	 * @param string|null $text  The textarea, one ARN per line (null: not posted).
	 * @param bool        $clear The admin ticked "Accept no topic".
	 * @return string|null A notice when the list was not saved as typed.
	 */
	private static function save_topics( ?string $text, bool $clear ): ?string {
		if ( $clear ) {
			Settings::save_accepted_topics( array() );
			return 'topics_cleared';
		}
		if ( null === $text ) {
			return null;
		}
		if ( ! Extension::is_loaded() ) {
			// Only the extension can tell a topic ARN; the list stays as it is.
			return 'topics_need_extension';
		}
		list( $valid, $rejected ) = Settings::parse_topics( $text );
		if ( array() !== $rejected ) {
			set_transient( self::rejected_transient(), array_slice( $rejected, 0, 20 ), 5 * MINUTE_IN_SECONDS );
			return 'topics_rejected';
		}
		if ( array() === $valid ) {
			return array() === ( Settings::accepted_topics() ?? array() ) ? null : 'topics_kept';
		}
		Settings::save_accepted_topics( $valid );
		return null;
	}

	/**
	 * admin-post.php?action=quillcrm_bounce_accept_confirmation: accepts the
	 * topic of a kept SubscriptionConfirmation, then confirms it at AWS.
	 */
	public static function handle_accept_confirmation(): void {
		self::check_request( self::ACCEPT_ACTION );
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked by check_request().
		$topic = isset( $_POST['topic_arn'] ) ? sanitize_text_field( wp_unslash( $_POST['topic_arn'] ) ) : '';
		$refused = Subscription::refused()[ $topic ] ?? null;
		if ( null === $refused ) {
			self::redirect( 'confirmation_unknown' );
		}
		if ( Subscription::has_expired( $refused ) ) {
			self::redirect( 'confirmation_expired' );
		}
		Settings::add_accepted_topic( $topic );
		$confirmed = Subscription::confirm_kept( $topic );
		if ( 'confirmation_failed' === $confirmed['notice'] && '' !== $confirmed['detail'] ) {
			set_transient( self::rejected_transient(), array( $confirmed['detail'] ), 5 * MINUTE_IN_SECONDS );
		}
		self::redirect( $confirmed['notice'] );
	}

	/**
	 * Capability, then nonce, for a write.
	 *
	 * @param string $action The nonce action.
	 */
	private static function check_request( string $action, string $capability = self::CAPABILITY ): void {
		if ( ! current_user_can( $capability ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'quillcrm-bounce' ), '', array( 'response' => 403 ) );
		}
		check_admin_referer( $action );
	}

	/**
	 * Capability for what belongs to the server, which on a multisite
	 * network is the network's, not one site administrator's: the intake's
	 * queue, "Set up in AWS" and the AWS checks (they act with the server's
	 * AWS credentials: wp-config.php, the environment, the instance role),
	 * and the notices about its PHP build (the extension).
	 */
	public static function server_capability(): string {
		return self::server_capability_on( is_multisite() );
	}

	/**
	 * The rule of server_capability().
	 *
	 * @param bool $multisite Whether this is a multisite network.
	 */
	public static function server_capability_on( bool $multisite ): string {
		return $multisite ? self::NETWORK_SERVER_CAPABILITY : self::CAPABILITY;
	}

	/**
	 * Back to the page with a notice.
	 *
	 * @param string $notice Notice key.
	 * @return never
	 */
	private static function redirect( string $notice ): void {
		wp_safe_redirect( self::url( array( self::NOTICE_ARG => $notice ) ) );
		exit;
	}

	/**
	 * Renders the page.
	 */
	public static function render(): void {
		if ( ! current_user_can( self::CAPABILITY ) ) {
			return;
		}
		/**
		 * Filters the tabs of QuillCRM → Settings (slug => label). Other
		 * QuillCRM plugins render their tab on `quillcrm_settings_tab_{slug}`.
		 *
		 * @param array<string, string> $tabs Default: smtp => SMTP.
		 */
		$tabs = (array) apply_filters( 'quillcrm_settings_tabs', array( 'smtp' => __( 'SMTP', 'quillcrm-bounce' ) ) );
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- navigation only.
		$tab = isset( $_GET['tab'] ) ? sanitize_key( wp_unslash( $_GET['tab'] ) ) : 'smtp';
		if ( ! isset( $tabs[ $tab ] ) ) {
			$tab = 'smtp';
		}

		echo '<div class="wrap">';
		echo '<h1>' . esc_html__( 'QuillCRM Settings', 'quillcrm-bounce' ) . '</h1>';
		self::render_notice();
		echo '<nav class="nav-tab-wrapper" aria-label="' . esc_attr__( 'Settings tabs', 'quillcrm-bounce' ) . '">';
		foreach ( $tabs as $slug => $label ) {
			printf(
				'<a href="%1$s" class="nav-tab%2$s">%3$s</a>',
				esc_url( add_query_arg( array( 'page' => self::PAGE_SLUG, 'tab' => $slug ), admin_url( 'admin.php' ) ) ),
				$slug === $tab ? ' nav-tab-active' : '',
				esc_html( (string) $label )
			);
		}
		echo '</nav>';

		if ( 'smtp' === $tab ) {
			/** Lets other QuillCRM plugins add SMTP settings above Bounce Handling. */
			do_action( 'quillcrm_settings_tab_smtp' );
			self::render_bounce_handling();
		} else {
			do_action( 'quillcrm_settings_tab_' . $tab );
		}
		echo '</div>';
	}

	/**
	 * The notice after a redirect from a handler.
	 */
	private static function render_notice(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- display only.
		$notice = isset( $_GET[ self::NOTICE_ARG ] ) ? sanitize_key( wp_unslash( $_GET[ self::NOTICE_ARG ] ) ) : '';
		if ( 'key_regenerated' === $notice ) {
			echo '<div class="notice notice-success is-dismissible"><p>' . esc_html__( 'A new webhook key was generated. The old URL stops working now: update the SNS subscription with the new URL below.', 'quillcrm-bounce' ) . '</p></div>';
		} elseif ( 'saved' === $notice ) {
			echo '<div class="notice notice-success is-dismissible"><p>' . esc_html__( 'Settings saved.', 'quillcrm-bounce' ) . '</p></div>';
		} elseif ( 'topics_need_extension' === $notice ) {
			echo '<div class="notice notice-warning is-dismissible"><p>' . esc_html__( 'The other settings were saved. The accepted topics were not changed: the quillcrm_sns extension, which checks topic ARNs, is not loaded.', 'quillcrm-bounce' ) . '</p></div>';
		} elseif ( 'topics_cleared' === $notice ) {
			echo '<div class="notice notice-warning is-dismissible"><p>' . esc_html(
				'sqs' === Settings::intake()
					/* translators: %s: what to do (a sentence). */
					? sprintf( __( 'Settings saved. %s', 'quillcrm-bounce' ), Troubleshooting::fix( 'queue_no_topic' ) )
					: __( 'Settings saved. No topic is accepted now: the next confirmed subscription pins its topic, and until then every bounce, complaint and delivery notification is refused (403).', 'quillcrm-bounce' )
			) . '</p></div>';
		} elseif ( 'topics_kept' === $notice ) {
			echo '<div class="notice notice-warning is-dismissible"><p>' . esc_html__( 'Settings saved. The accepted topics were left as they were: to accept no topic, tick "Accept no topic" and save.', 'quillcrm-bounce' ) . '</p></div>';
		} elseif ( 'topics_rejected' === $notice || 'confirmation_failed' === $notice ) {
			$lines = get_transient( self::rejected_transient() );
			delete_transient( self::rejected_transient() );
			$intro = 'topics_rejected' === $notice
				? __( 'The other settings were saved, but the accepted topics were not changed: these lines are not SNS topic ARNs (arn:aws:sns:<region>:<12-digit account>:<name>; a SubscriptionArn has one more part):', 'quillcrm-bounce' )
				: __( 'The topic was accepted, but Amazon SNS did not confirm the subscription:', 'quillcrm-bounce' );
			echo '<div class="notice notice-error is-dismissible"><p>' . esc_html( $intro ) . '</p><ul>';
			foreach ( is_array( $lines ) ? $lines : array() as $line ) {
				echo '<li><code>' . esc_html( (string) $line ) . '</code></li>';
			}
			echo '</ul></div>';
		} elseif ( 'not_a_percentage' === $notice ) {
			echo '<div class="notice notice-error is-dismissible"><p>' . esc_html__( 'Nothing was saved: an alert level held something other than a percentage such as 0.5.', 'quillcrm-bounce' ) . '</p></div>';
		} elseif ( 'not_whole_number' === $notice ) {
			echo '<div class="notice notice-error is-dismissible"><p>' . esc_html__( 'Nothing was saved: a number field held something other than a whole number.', 'quillcrm-bounce' ) . '</p></div>';
		} elseif ( 'signature_v2_not_offered' === $notice ) {
			echo '<div class="notice notice-warning is-dismissible"><p>' . esc_html__( 'SignatureVersion 2 was not required: no version-2 message from an accepted topic has been verified yet, so every delivery would be refused.', 'quillcrm-bounce' ) . '</p></div>';
		} elseif ( 'confirmation_accepted' === $notice ) {
			echo '<div class="notice notice-success is-dismissible"><p>' . esc_html__( 'The topic was accepted and its subscription confirmed at Amazon SNS.', 'quillcrm-bounce' ) . '</p></div>';
		} elseif ( 'confirmation_expired' === $notice ) {
			echo '<div class="notice notice-error is-dismissible"><p>' . esc_html( Troubleshooting::confirmation_expired() ) . '</p></div>';
		} elseif ( 'intake_saved' === $notice ) {
			echo '<div class="notice notice-success is-dismissible"><p>' . esc_html__( 'The intake was saved.', 'quillcrm-bounce' ) . '</p></div>';
		} elseif ( in_array( $notice, array( 'intake_invalid_queue_url', 'intake_queue_needs_extension', 'intake_queue_used_by_other_site' ), true ) ) {
			echo '<div class="notice notice-error is-dismissible" id="quillcrm-intake-error"><p>' . esc_html__( 'The intake was not changed.', 'quillcrm-bounce' ) . ' ' . esc_html( Troubleshooting::fix( substr( $notice, strlen( 'intake_' ) ) ) ) . '</p></div>';
		} elseif ( 'confirmation_unknown' === $notice ) {
			echo '<div class="notice notice-error is-dismissible"><p>' . esc_html__( 'There is no kept confirmation for that topic.', 'quillcrm-bounce' ) . '</p></div>';
		}
	}

	/**
	 * Bounce Handling → Amazon SES.
	 */
	private static function render_bounce_handling(): void {
		echo '<h2 id="bounce-handling">' . esc_html__( 'Bounce Handling', 'quillcrm-bounce' ) . '</h2>';
		echo '<p>' . esc_html__( 'Bounces, complaints and deliveries reported by your email provider update your contacts automatically: hard bounces and complaints stop mail to the address at once, soft bounces after the threshold below.', 'quillcrm-bounce' ) . '</p>';
		self::render_status_line();
		echo '<h3 id="bounce-handling-amazon-ses">' . esc_html__( 'Amazon SES', 'quillcrm-bounce' ) . '</h3>';

		self::render_warnings();
		self::render_rates();
		// AWS's counts cover the whole account: on a network, for who may use its credentials.
		$may_use_aws = current_user_can( self::server_capability() );
		if ( $may_use_aws ) {
			AwsDoctor::render_aws_rates();
		}
		self::render_intake();
		if ( $may_use_aws ) {
			AwsSetup::render();
			AwsDoctor::render();
		}
		self::render_webhook_url();
		self::render_settings_form();
		self::render_subscription_state();
		self::render_refused_confirmations();
		self::render_delivery_policy();
		self::render_extension_status();
		self::render_deliveries();
		self::render_wrong_key_requests();
	}

	/**
	 * How notifications arrive: the HTTPS webhook, or the SQS queue with its
	 * URL, worker cron line and health.
	 */
	private static function render_intake(): void {
		$intake    = Settings::intake();
		$available = QueueIntake::is_available();
		echo '<h4 id="quillcrm-intake-heading">' . esc_html__( 'Intake', 'quillcrm-bounce' ) . '</h4>';
		if ( ! current_user_can( self::server_capability() ) ) {
			echo '<p id="quillcrm-intake-network-only">' . esc_html__( 'Only a network administrator can choose the intake, set up AWS or run the AWS checks: they use the server\'s AWS credentials, which belong to the whole network.', 'quillcrm-bounce' ) . '</p>';
			if ( 'sqs' === $intake ) {
				self::render_queue_status();
			}
			return;
		}
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" id="quillcrm-intake">';
		echo '<input type="hidden" name="action" value="' . esc_attr( self::INTAKE_ACTION ) . '" />';
		wp_nonce_field( self::INTAKE_ACTION );
		echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Intake', 'quillcrm-bounce' ) . '</legend>';
		echo '<p><label><input type="radio" name="quillcrm_intake" value="webhook" ' . checked( $intake, 'webhook', false ) . ' /> ' . esc_html__( 'HTTPS webhook (default): Amazon SNS posts each notification to this site.', 'quillcrm-bounce' ) . '</label></p>';
		echo '<p><label><input type="radio" name="quillcrm_intake" value="sqs" ' . checked( $intake, 'sqs', false ) . disabled( ! $available && 'sqs' !== $intake, true, false ) . ' /> ' . esc_html__( 'Amazon SQS queue: SNS delivers to a queue (kept up to 14 days) and this site takes the messages at its own pace. No bounce is lost while the site is down.', 'quillcrm-bounce' ) . '</label></p>';
		echo '</fieldset>';
		if ( ! $available ) {
			echo '<p class="description" id="quillcrm-intake-needs-extension"><strong>' . esc_html( Troubleshooting::fix( 'queue_needs_extension' ) ) . '</strong></p>';
		}
		echo '<p><label for="quillcrm-queue-url">' . esc_html__( 'Queue URL', 'quillcrm-bounce' ) . '</label><br />';
		echo '<input type="text" id="quillcrm-queue-url" name="quillcrm_queue_url" class="large-text code" value="' . esc_attr( Settings::queue_url() ) . '" placeholder="https://sqs.us-east-1.amazonaws.com/123456789012/ses-feedback" /></p>';
		echo '<p class="description">' . esc_html__( 'One queue per site: an SQS message goes to one consumer, so two sites cannot share a queue (several web servers of this site may drain it together). Subscribe the queue to the SNS topic with Raw message delivery off, and accept that topic below. AWS credentials are never stored here: see the plugin\'s README (wp-config.php constants, PHP-FPM environment, or an EC2 instance role).', 'quillcrm-bounce' ) . '</p>';
		echo '<p><button type="submit" class="button">' . esc_html__( 'Save intake', 'quillcrm-bounce' ) . '</button></p>';
		echo '</form>';
		if ( 'sqs' === $intake ) {
			self::render_queue_status();
		}
	}

	/**
	 * The queue worker's health: cron line, depth, oldest message, last
	 * successful pull, the problem and its fix.
	 */
	private static function render_queue_status(): void {
		$status  = QueueIntake::status();
		$problem = QueueIntake::problem();
		// The cron line (the server's paths) and where the credentials come
		// from are the server's: on a network, for its administrator.
		$server = current_user_can( self::server_capability() );
		echo '<div id="quillcrm-queue-status">';
		if ( $server ) {
			echo '<p><label for="quillcrm-cron-line">' . esc_html__( 'Add this line to the system crontab of the web server (one line; WP-Cron runs the worker every minute as a fallback, when the site has visitors):', 'quillcrm-bounce' ) . '</label></p>';
			echo '<textarea id="quillcrm-cron-line" class="large-text code" rows="2" readonly>' . esc_textarea( QueueIntake::cron_line() ) . '</textarea>';
		}
		if ( null !== $problem ) {
			$class = $problem['admin'] ? 'notice-error' : 'notice-warning';
			$fix   = Troubleshooting::fix( $problem['code'] );
			if ( ! $server && 'queue_no_topic' !== $problem['code'] ) {
				// Only the accepted topics are this site's to change.
				/* translators: %s: what to do. */
				$fix = sprintf( __( 'Ask the network\'s administrator (the worker, the queue and the AWS credentials are the server\'s): %s', 'quillcrm-bounce' ), $fix );
			}
			echo '<div class="notice ' . esc_attr( $class ) . ' inline" id="quillcrm-queue-problem" data-error="' . esc_attr( $problem['code'] ) . '"><p><code>' . esc_html( $problem['code'] ) . '</code> ' . esc_html( $problem['detail'] ) . '</p><p><strong>' . esc_html__( 'Fix:', 'quillcrm-bounce' ) . '</strong> ' . esc_html( $fix ) . '</p></div>';
		}
		$never = __( 'never', 'quillcrm-bounce' );
		$rows  = array(
			__( 'Messages waiting', 'quillcrm-bounce' )       => null === $status['depth'] ? '—' : number_format_i18n( (int) $status['depth'] ),
			__( 'Messages in flight', 'quillcrm-bounce' )     => null === $status['in_flight'] ? '—' : number_format_i18n( (int) $status['in_flight'] ),
			/* translators: the age of the oldest message the worker last took from the queue. */
			__( 'Oldest message in the last pull', 'quillcrm-bounce' ) => null === $status['oldest_age'] ? '—' : human_time_diff( time() - (int) $status['oldest_age'] ),
			__( 'Last successful pull', 'quillcrm-bounce' )   => $status['last_success_at'] > 0 ? self::local_time( gmdate( 'Y-m-d H:i:s', (int) $status['last_success_at'] ) ) : $never,
			__( 'The last run', 'quillcrm-bounce' )           => 0 === (int) $status['last_pull_at'] && 0 === (int) $status['last_error_at'] ? '—' : sprintf(
				/* translators: 1: messages applied, 2: deleted from the queue, 3: left in it (they come back). */
				__( '%1$s applied, %2$s deleted, %3$s left in the queue', 'quillcrm-bounce' ),
				number_format_i18n( (int) $status['applied'] ),
				number_format_i18n( (int) $status['deleted'] ),
				number_format_i18n( (int) $status['left'] )
			),
			__( 'Queue retention', 'quillcrm-bounce' )        => null === $status['retention'] ? '—' : human_time_diff( 0, (int) $status['retention'] ),
		);
		if ( $server ) {
			$rows[ __( 'AWS credentials from', 'quillcrm-bounce' ) ] = array(
				'given'         => __( 'wp-config.php constants', 'quillcrm-bounce' ),
				'environment'   => __( 'the environment (AWS_ACCESS_KEY_ID)', 'quillcrm-bounce' ),
				'instance_role' => __( 'the EC2 instance role', 'quillcrm-bounce' ),
			)[ (string) $status['credentials_source'] ] ?? '—';
		}
		if ( (int) $status['narrow_until'] > time() ) {
			$rows[ __( 'One message per receive until', 'quillcrm-bounce' ) ] = sprintf(
				/* translators: %s: a local date and time. */
				__( '%s: a batch of messages was too large to read; its messages come back after the queue\'s visibility timeout and are taken one by one.', 'quillcrm-bounce' ),
				self::local_time( gmdate( 'Y-m-d H:i:s', (int) $status['narrow_until'] ) )
			);
		}
		echo '<table class="widefat striped" id="quillcrm-queue-table"><tbody>';
		foreach ( $rows as $label => $value ) {
			echo '<tr><th scope="row">' . esc_html( $label ) . '</th><td>' . esc_html( (string) $value ) . '</td></tr>';
		}
		echo '</tbody></table>';
		echo '<p class="description">' . esc_html__( 'Amazon SQS does not report the age of the oldest message itself (that is the CloudWatch metric ApproximateAgeOfOldestMessage): the age shown is that of the oldest message the worker took in its last run, by the time SQS received it.', 'quillcrm-bounce' ) . '</p>';
		echo '</div>';
	}

	/**
	 * Webhook URL, Copy button, Regenerate key form.
	 */
	private static function render_webhook_url(): void {
		?>
		<table class="form-table" role="presentation">
			<tr>
				<th scope="row"><label for="quillcrm-webhook-url"><?php esc_html_e( 'Webhook URL', 'quillcrm-bounce' ); ?></label></th>
				<td>
					<input type="text" id="quillcrm-webhook-url" class="large-text code" readonly value="<?php echo esc_attr( Settings::webhook_url() ); ?>" onfocus="this.select();" />
					<p>
						<button type="button" class="button" id="quillcrm-copy-webhook-url" data-quillcrm-copy="quillcrm-webhook-url" data-quillcrm-copy-status="quillcrm-copy-status" data-copied="<?php esc_attr_e( 'Copied.', 'quillcrm-bounce' ); ?>" data-copy-failed="<?php esc_attr_e( 'Select the URL and copy it by hand.', 'quillcrm-bounce' ); ?>" aria-label="<?php esc_attr_e( 'Copy the webhook URL', 'quillcrm-bounce' ); ?>"><?php esc_html_e( 'Copy', 'quillcrm-bounce' ); ?></button>
						<span id="quillcrm-copy-status" aria-live="polite"></span>
					</p>
					<p class="description"><?php esc_html_e( 'In Amazon SNS, create an HTTPS subscription to this URL on the topic your SES identity sends its notifications to, with Raw message delivery off. The key in the URL authenticates SNS: keep it secret.', 'quillcrm-bounce' ); ?></p>
				</td>
			</tr>
			<tr>
				<th scope="row"><?php esc_html_e( 'Webhook key', 'quillcrm-bounce' ); ?></th>
				<td>
					<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
						<input type="hidden" name="action" value="<?php echo esc_attr( self::REGENERATE_ACTION ); ?>" />
						<?php wp_nonce_field( self::REGENERATE_ACTION ); ?>
						<button type="submit" class="button" id="quillcrm-regenerate-key"><?php esc_html_e( 'Regenerate key', 'quillcrm-bounce' ); ?></button>
						<p class="description"><?php esc_html_e( 'The current URL stops working at once; subscribe the new URL in SNS (and delete the old subscription).', 'quillcrm-bounce' ); ?></p>
					</form>
				</td>
			</tr>
		</table>
		<?php
	}

	/**
	 * Soft bounce threshold and accepted topics.
	 */
	private static function render_settings_form(): void {
		$topics = Settings::accepted_topics();
		$queue  = 'sqs' === Settings::intake(); // A queued message cannot confirm a subscription here: the worker waits for an accepted topic.
		?>
		<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
			<input type="hidden" name="action" value="<?php echo esc_attr( self::SAVE_ACTION ); ?>" />
			<?php wp_nonce_field( self::SAVE_ACTION ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="quillcrm-soft-threshold"><?php esc_html_e( 'Soft bounce threshold', 'quillcrm-bounce' ); ?></label></th>
					<td>
						<input type="number" id="quillcrm-soft-threshold" name="quillcrm_soft_threshold" class="small-text" min="1" max="<?php echo esc_attr( (string) Settings::MAX_THRESHOLD ); ?>" step="1" value="<?php echo esc_attr( (string) Settings::stored_soft_threshold() ); ?>" />
						<p class="description"><?php esc_html_e( 'Consecutive soft bounces (mailbox full, server unavailable…) after which a contact is marked bounced. A successful delivery resets the count.', 'quillcrm-bounce' ); ?></p>
						<?php if ( Settings::soft_threshold() !== Settings::stored_soft_threshold() ) : ?>
							<p class="description">
							<?php
							/* translators: %d: threshold in effect. */
							echo esc_html( sprintf( __( 'A plugin filters this value: %d is in effect.', 'quillcrm-bounce' ), Settings::soft_threshold() ) );
							?>
							</p>
						<?php endif; ?>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="quillcrm-soft-window-days"><?php esc_html_e( 'Soft bounces counted', 'quillcrm-bounce' ); ?></label></th>
					<td>
						<?php
						printf(
							/* translators: %s: number input. */
							esc_html__( 'of mails sent in the last %s days (0: no limit)', 'quillcrm-bounce' ),
							'<input type="number" id="quillcrm-soft-window-days" name="quillcrm_soft_window_days" aria-describedby="quillcrm-soft-window-days-unit" class="small-text" min="0" max="' . esc_attr( (string) Settings::MAX_WINDOW_DAYS ) . '" step="1" value="' . esc_attr( (string) Settings::soft_window_days() ) . '" />'
						);
						?>
						<span id="quillcrm-soft-window-days-unit" class="screen-reader-text"><?php esc_html_e( 'Days: only soft bounces of mails sent within this many days count; 0 for no limit.', 'quillcrm-bounce' ); ?></span>
						<p class="description"><?php esc_html_e( 'Soft bounces count in the order their mails were sent: a delivered mail stops the soft bounces of earlier mails from counting, and a soft bounce of a mail sent before a delivered one does not count.', 'quillcrm-bounce' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="quillcrm-complaint-action"><?php esc_html_e( 'A complaint', 'quillcrm-bounce' ); ?></label></th>
					<td>
						<select id="quillcrm-complaint-action" name="quillcrm_complaint_action">
							<option value="complained" <?php selected( Settings::complaint_action(), 'complained' ); ?>><?php esc_html_e( 'marks the contact as complained', 'quillcrm-bounce' ); ?></option>
							<option value="unsubscribed" <?php selected( Settings::complaint_action(), 'unsubscribed' ); ?>><?php esc_html_e( 'unsubscribes the contact', 'quillcrm-bounce' ); ?></option>
						</select>
						<p class="description"><?php esc_html_e( 'A "not-spam" report never changes a contact.', 'quillcrm-bounce' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'What each bounce counts as', 'quillcrm-bounce' ); ?></th>
					<td><?php self::render_policy_table(); ?></td>
				</tr>
				<tr>
					<th scope="row"><label for="quillcrm-log-retention-days"><?php esc_html_e( 'Keep the log and history', 'quillcrm-bounce' ); ?></label></th>
					<td>
						<?php
						printf(
							/* translators: %s: number input. */
							esc_html__( 'for %s days', 'quillcrm-bounce' ),
							'<input type="number" id="quillcrm-log-retention-days" name="quillcrm_log_retention_days" aria-describedby="quillcrm-log-retention-days-unit" class="small-text" min="1" max="' . esc_attr( (string) Settings::MAX_LOG_DAYS ) . '" step="1" value="' . esc_attr( (string) Settings::stored_log_retention_days() ) . '" />'
						);
						?>
						<span id="quillcrm-log-retention-days-unit" class="screen-reader-text"><?php esc_html_e( 'Days the log and history are kept.', 'quillcrm-bounce' ); ?></span>
						<p class="description"><?php esc_html_e( 'The webhook delivery log and each address\'s bounce history are pruned daily after this many days (the log keeps at most 10,000 rows). Reactivations are kept.', 'quillcrm-bounce' ); ?></p>
						<?php if ( Settings::log_retention_days() !== Settings::stored_log_retention_days() ) : ?>
							<p class="description">
							<?php
							/* translators: %d: days in effect. */
							echo esc_html( sprintf( _n( 'A plugin filters this value: %d day is in effect.', 'A plugin filters this value: %d days are in effect.', Settings::log_retention_days(), 'quillcrm-bounce' ), Settings::log_retention_days() ) );
							?>
							</p>
						<?php endif; ?>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="quillcrm-rate-sample"><?php esc_html_e( 'Rates over', 'quillcrm-bounce' ); ?></label></th>
					<td>
						<?php
						printf(
							/* translators: %s: number input. */
							esc_html__( 'the last %s sends', 'quillcrm-bounce' ),
							'<input type="number" id="quillcrm-rate-sample" name="quillcrm_rate_sample" aria-describedby="quillcrm-rate-sample-unit" class="small-text" style="width:7em" min="' . esc_attr( (string) Settings::MIN_SAMPLE ) . '" max="' . esc_attr( (string) Settings::MAX_SAMPLE ) . '" step="1" value="' . esc_attr( (string) Settings::rate_sample() ) . '" />'
						);
						?>
						<span id="quillcrm-rate-sample-unit" class="screen-reader-text"><?php esc_html_e( 'Sends: the rates are estimated over this many of the most recent sends.', 'quillcrm-bounce' ); ?></span>
						<p class="description"><?php esc_html_e( 'AWS measures rates over a representative volume of recent mail, not a fixed time window (its notices quote e.g. "the last 10,192 eligible emails").', 'quillcrm-bounce' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Alert above', 'quillcrm-bounce' ); ?></th>
					<td>
						<?php $quillcrm_alerts = Settings::rate_alerts(); ?>
						<label for="quillcrm-bounce-alert"><?php esc_html_e( 'bounce rate (%)', 'quillcrm-bounce' ); ?></label>
						<input type="text" inputmode="decimal" id="quillcrm-bounce-alert" name="quillcrm_bounce_alert" class="small-text" value="<?php echo esc_attr( (string) $quillcrm_alerts['bounce'] ); ?>" />
						<label for="quillcrm-complaint-alert"><?php esc_html_e( 'complaint rate (%)', 'quillcrm-bounce' ); ?></label>
						<input type="text" inputmode="decimal" id="quillcrm-complaint-alert" name="quillcrm_complaint_alert" class="small-text" value="<?php echo esc_attr( (string) $quillcrm_alerts['complaint'] ); ?>" />
						<p class="description"><?php esc_html_e( 'Checked hourly over the last sends (from 100 sends on): above a level, wp-admin shows a notice, the site admin gets one email a day at most, and the action quillcrm_bounce_rate_alert fires so that the CRM can pause campaigns.', 'quillcrm-bounce' ); ?></p>
					</td>
				</tr>
				<?php self::render_signature_version_row(); ?>
				<tr>
					<th scope="row"><label for="quillcrm-accepted-topics"><?php esc_html_e( 'Accepted topics', 'quillcrm-bounce' ); ?></label></th>
					<td>
						<textarea id="quillcrm-accepted-topics" name="quillcrm_accepted_topics" class="large-text code" rows="3" placeholder="arn:aws:sns:us-east-1:123456789012:ses-bounces"><?php echo esc_textarea( implode( "\n", $topics ?? array() ) ); ?></textarea>
						<?php if ( $queue ) : ?>
							<p class="description"><?php esc_html_e( 'One SNS TopicArn per line. Queued messages from any other topic are refused, logged and deleted from the queue. A list with a line that is not a TopicArn is not saved.', 'quillcrm-bounce' ); ?></p>
							<p><label><input type="checkbox" id="quillcrm-clear-topics" name="quillcrm_clear_topics" value="1" /> <?php esc_html_e( 'Accept no topic: the worker then takes nothing from the queue until a topic is accepted again.', 'quillcrm-bounce' ); ?></label></p>
						<?php else : ?>
							<p class="description"><?php esc_html_e( 'One SNS TopicArn per line. The first topic whose subscription is confirmed is added automatically; deliveries from any other topic are refused (403) until it is accepted here. A list with a line that is not a TopicArn is not saved.', 'quillcrm-bounce' ); ?></p>
							<p><label><input type="checkbox" id="quillcrm-clear-topics" name="quillcrm_clear_topics" value="1" /> <?php esc_html_e( 'Accept no topic: the next confirmed subscription pins its topic again (until then every notification is refused).', 'quillcrm-bounce' ); ?></label></p>
						<?php endif; ?>
						<p id="quillcrm-topic-pinning">
						<?php
						if ( null === $topics ) {
							echo '<strong style="color:#d63638;">' . esc_html__( 'Unreadable:', 'quillcrm-bounce' ) . '</strong> ' . esc_html( Troubleshooting::fix( 'settings_unreadable' ) );
						} elseif ( array() === $topics && $queue ) {
							echo '<strong>' . esc_html__( 'Pending:', 'quillcrm-bounce' ) . '</strong> ' . esc_html( Troubleshooting::fix( 'queue_no_topic' ) );
						} elseif ( array() === $topics ) {
							echo '<strong>' . esc_html__( 'Pending:', 'quillcrm-bounce' ) . '</strong> ' . esc_html__( 'no topic is accepted yet; the next confirmed subscription pins its topic. Until then bounce, complaint and delivery notifications are refused (403).', 'quillcrm-bounce' );
						} else {
							echo '<strong>' . esc_html__( 'Pinned:', 'quillcrm-bounce' ) . '</strong> ' . esc_html__( 'deliveries are accepted only from the topics above.', 'quillcrm-bounce' );
						}
						?>
						</p>
					</td>
				</tr>
			</table>
			<?php submit_button( __( 'Save Changes', 'quillcrm-bounce' ), 'primary', 'submit', true, array( 'id' => 'quillcrm-save-settings' ) ); ?>
		</form>
		<?php
	}

	/**
	 * The bounce policy: one select per SES type/subtype.
	 */
	private static function render_policy_table(): void {
		$labels = array(
			BouncePolicy::HARD => __( 'hard: bounced at once', 'quillcrm-bounce' ),
			BouncePolicy::SOFT => __( 'soft: counts towards the threshold', 'quillcrm-bounce' ),
			BouncePolicy::NONE => __( "don't count", 'quillcrm-bounce' ),
		);
		echo '<table class="widefat striped" id="quillcrm-policy" style="max-width:48em"><thead><tr><th scope="col">' . esc_html__( 'SES type / subtype', 'quillcrm-bounce' ) . '</th><th scope="col">' . esc_html__( 'Counts as', 'quillcrm-bounce' ) . '</th></tr></thead><tbody>';
		foreach ( Settings::policy() as $row => $effect ) {
			$id = 'quillcrm-policy-' . sanitize_title( $row );
			echo '<tr><td><label for="' . esc_attr( $id ) . '"><code>' . esc_html( $row ) . '</code></label>';
			if ( BouncePolicy::DEFAULTS[ $row ] !== $effect ) {
				echo ' <em>' . esc_html__( '(changed)', 'quillcrm-bounce' ) . '</em>';
			}
			echo '</td><td><select id="' . esc_attr( $id ) . '" name="quillcrm_policy[' . esc_attr( $row ) . ']">';
			foreach ( $labels as $value => $label ) {
				echo '<option value="' . esc_attr( $value ) . '"' . selected( $effect, $value, false ) . '>' . esc_html( $label ) . '</option>';
			}
			echo '</select></td></tr>';
		}
		echo '</tbody></table>';
		echo '<p class="description">' . esc_html__( 'Any other type or subtype: Permanent is hard, the others soft. By default a Transient bounce that refused the message (too large, content or attachment rejected) does not count, since the mailbox is fine; a Permanent bounce or complaint that SES made itself because the address is on a suppression list marks the contact bounced.', 'quillcrm-bounce' ) . '</p>';
	}

	/**
	 * Require SignatureVersion 2: offered once a version-2 message from an
	 * accepted topic verified.
	 */
	private static function render_signature_version_row(): void {
		$required = 2 === Settings::min_signature_version();
		$seen     = Settings::signature_v2_seen_at();
		echo '<tr><th scope="row">' . esc_html__( 'SignatureVersion', 'quillcrm-bounce' ) . '</th><td id="quillcrm-signature-version">';
		if ( $required || '' !== $seen ) {
			echo '<label><input type="checkbox" id="quillcrm-require-signature-v2" name="quillcrm_require_signature_v2" value="1"' . checked( $required, true, false ) . ' /> ' . esc_html__( 'Require SignatureVersion 2 (SHA256): refuse messages signed with version 1 (SHA1)', 'quillcrm-bounce' ) . '</label>';
			if ( '' !== $seen ) {
				/* translators: %s: date and time. */
				echo '<p class="description">' . esc_html( sprintf( __( 'A version-2 message from an accepted topic was first verified at %s.', 'quillcrm-bounce' ), self::local_time( $seen ) ) ) . '</p>';
			}
		} else {
			echo '<p class="description">' . esc_html( Troubleshooting::signature_version_2() ) . '</p>';
		}
		echo '</td></tr>';
	}

	/**
	 * Loud notices: genuine messages refused for SignatureVersion 1, and no
	 * Delivery notification for 30 days.
	 */
	private static function render_warnings(): void {
		$refused = Counters::get( Counters::SIGNATURE_V1_REFUSED );
		if ( null !== $refused && 2 === Settings::min_signature_version() ) {
			echo '<div class="notice notice-error inline" id="quillcrm-signature-v1-refused"><p><strong>' . esc_html(
				sprintf(
					/* translators: 1: number of messages, 2: date and time. */
					_n( '%1$d genuine message was refused because its topic signs with SignatureVersion 1, the last at %2$s.', '%1$d genuine messages were refused because their topic signs with SignatureVersion 1, the last at %2$s.', $refused['count'], 'quillcrm-bounce' ),
					$refused['count'],
					self::local_time( $refused['last_at'] )
				)
			) . '</strong> ' . esc_html( Troubleshooting::fix( 'signature_version_not_allowed' ) ) . '</p></div>';
		}
		if ( Subscription::is_confirmed() && ! Rates::deliveries_on() ) {
			echo '<div class="notice notice-warning inline" id="quillcrm-no-deliveries"><p>' . esc_html( Troubleshooting::no_delivery_notifications() ) . '</p></div>';
		}
	}

	/**
	 * The status line: all good or needs attention, the last notification,
	 * the last 7 days' counts, the first thing to fix. Indexed queries,
	 * on this page only.
	 */
	private static function render_status_line(): void {
		$attention = null;
		foreach ( array( 'critical', 'recommended' ) as $status ) {
			foreach ( SiteHealth::results() as $result ) {
				if ( null === $attention && $status === $result['status'] ) {
					$attention = $result;
				}
			}
		}
		$last   = SiteHealth::last_notification_at();
		// As the rates table counts them (what SES refused for a suppression list is no bounce).
		$counts = Rates::over_last_days( Rates::RECENT_DAYS );
		$good   = null === $attention;
		echo '<div id="quillcrm-status-line" class="notice inline ' . esc_attr( $good ? 'notice-success' : 'notice-warning' ) . '" data-status="' . esc_attr( $good ? 'good' : 'attention' ) . '"><p>';
		echo '<strong>' . esc_html( $good ? __( 'All good.', 'quillcrm-bounce' ) : __( 'Needs attention.', 'quillcrm-bounce' ) ) . '</strong> ';
		if ( null === $last ) {
			echo esc_html__( 'No notification received yet.', 'quillcrm-bounce' ) . ' ';
		} else {
			/* translators: %s: how long ago, e.g. "5 mins". */
			echo esc_html( sprintf( __( 'Last notification received %s ago.', 'quillcrm-bounce' ), human_time_diff( $last ) ) ) . ' ';
		}
		echo '<span id="quillcrm-status-counts">' . esc_html(
			sprintf(
				/* translators: 1: a duration (7 days), 2: the number of deliveries with its noun, 3: of hard bounces, 4: of soft bounces, 5: of complaints. */
				__( 'Last %1$s: %2$s, %3$s, %4$s, %5$s.', 'quillcrm-bounce' ),
				Troubleshooting::duration( Rates::RECENT_DAYS * DAY_IN_SECONDS ),
				/* translators: %s: a number. */
				sprintf( _n( '%s delivery', '%s deliveries', $counts['deliveries'], 'quillcrm-bounce' ), number_format_i18n( $counts['deliveries'] ) ),
				/* translators: %s: a number. */
				sprintf( _n( '%s hard bounce', '%s hard bounces', $counts['hard'], 'quillcrm-bounce' ), number_format_i18n( $counts['hard'] ) ),
				/* translators: %s: a number. */
				sprintf( _n( '%s soft bounce', '%s soft bounces', $counts['bounces'] - $counts['hard'], 'quillcrm-bounce' ), number_format_i18n( $counts['bounces'] - $counts['hard'] ) ),
				/* translators: %s: a number. */
				sprintf( _n( '%s complaint', '%s complaints', $counts['complaints'], 'quillcrm-bounce' ), number_format_i18n( $counts['complaints'] ) )
			)
		) . '</span>';
		echo '</p>';
		if ( null !== $attention ) {
			echo '<p id="quillcrm-status-fix"><strong>' . esc_html( (string) $attention['label'] ) . '.</strong> ' . esc_html( (string) $attention['fix'] ) . '</p>';
		}
		echo '<p>';
		// Site Health is for those who may see it (on a network, its administrators).
		if ( current_user_can( 'view_site_health_checks' ) ) {
			echo '<a href="' . esc_url( admin_url( 'site-health.php' ) ) . '">' . esc_html__( 'All checks in Tools → Site Health', 'quillcrm-bounce' ) . '</a> · ';
		}
		echo '<a href="' . esc_url( BouncesPage::url() ) . '">' . esc_html__( 'Bounced contacts', 'quillcrm-bounce' ) . '</a></p>';
		echo '</div>';
	}

	/**
	 * The bounce and complaint rates, estimated the AWS way, beside AWS's
	 * levels; without Delivery notifications, counts and why there is no rate.
	 */
	private static function render_rates(): void {
		echo '<h4>' . esc_html__( 'Bounce and complaint rates (estimates)', 'quillcrm-bounce' ) . '</h4>';
		echo '<div id="quillcrm-rates">';
		if ( ! Rates::deliveries_on() ) {
			$counts = Rates::over_last_days( Rates::RECENT_DAYS );
			echo '<p id="quillcrm-rates-unavailable"><strong>' . esc_html__( 'No rate can be estimated:', 'quillcrm-bounce' ) . '</strong> ' . esc_html(
				/* translators: %s: a duration (30 days). */
				sprintf( __( 'no Delivery notification arrived in the last %s, so the number of mails sent is unknown.', 'quillcrm-bounce' ), Troubleshooting::duration( Rates::DELIVERY_SILENCE ) )
			) . ' ';
			echo esc_html(
				sprintf(
					/* translators: 1: a duration (7 days), 2: hard bounces, 3: soft bounces, 4: complaints. */
					__( 'Last %1$s: %2$s hard bounces, %3$s soft bounces, %4$s complaints.', 'quillcrm-bounce' ),
					Troubleshooting::duration( Rates::RECENT_DAYS * DAY_IN_SECONDS ),
					number_format_i18n( $counts['hard'] ),
					number_format_i18n( $counts['bounces'] - $counts['hard'] ),
					number_format_i18n( $counts['complaints'] )
				)
			) . '</p>';
			echo '<p class="description">' . esc_html( Troubleshooting::fix( 'no_delivery_notifications' ) ) . '</p></div>';
			return;
		}
		$alerts = Settings::rate_alerts();
		$sample = Settings::rate_sample();
		$rows   = array(
			'quillcrm-rates-sends' => array(
				/* translators: %s: number of sends. */
				sprintf( _n( 'Last %s send', 'Last %s sends', $sample, 'quillcrm-bounce' ), number_format_i18n( $sample ) ),
				Rates::over_last_sends( $sample ),
			),
			'quillcrm-rates-days'  => array(
				/* translators: %s: a duration (7 days). */
				sprintf( __( 'Last %s', 'quillcrm-bounce' ), Troubleshooting::duration( Rates::RECENT_DAYS * DAY_IN_SECONDS ) ),
				Rates::over_last_days( Rates::RECENT_DAYS ),
			),
		);
		echo '<table class="widefat striped" style="max-width:60em"><thead><tr>';
		foreach ( array( __( 'Over', 'quillcrm-bounce' ), __( 'Sends seen', 'quillcrm-bounce' ), __( 'Hard bounces', 'quillcrm-bounce' ), __( 'Bounce rate', 'quillcrm-bounce' ), __( 'Complaints', 'quillcrm-bounce' ), __( 'Complaint rate', 'quillcrm-bounce' ) ) as $heading ) {
			echo '<th scope="col">' . esc_html( $heading ) . '</th>';
		}
		echo '</tr></thead><tbody>';
		foreach ( $rows as $id => list( $label, $estimate ) ) {
			echo '<tr id="' . esc_attr( $id ) . '"><th scope="row">' . esc_html( $label ) . '</th>';
			echo '<td>' . esc_html( number_format_i18n( $estimate['sends'] ) ) . '</td>';
			echo '<td>' . esc_html( number_format_i18n( $estimate['hard'] ) ) . '</td>';
			echo '<td>' . self::rate_cell( $estimate['bounce_rate'], $alerts['bounce'], 2 ) . '</td>'; // phpcs:ignore QuillCRM.Security.EscapedOutput.OutputNotEscaped -- rate_cell() escapes.
			echo '<td>' . esc_html( number_format_i18n( $estimate['complaints'] ) ) . '</td>';
			echo '<td>' . self::rate_cell( $estimate['complaint_rate'], $alerts['complaint'], 3 ) . '</td>'; // phpcs:ignore QuillCRM.Security.EscapedOutput.OutputNotEscaped -- rate_cell() escapes.
			echo '</tr>';
		}
		echo '</tbody></table>';
		echo '<p class="description">' . esc_html(
			__( 'Estimated from the notifications this site received, the way AWS counts: hard bounces over sends (deliveries and bounces), complaints over deliveries.', 'quillcrm-bounce' )
			. ' ' . Rates::aws_levels() . ' '
			. __( 'AWS\'s own figures are in the Amazon SES console (Reputation metrics).', 'quillcrm-bounce' )
		) . '</p></div>';
	}

	/**
	 * One rate, marked when above its alert level.
	 *
	 * @param float|null $rate      Percent, null when there is no denominator.
	 * @param float      $threshold Alert level, percent.
	 * @param int        $decimals  Decimals shown.
	 */
	private static function rate_cell( ?float $rate, float $threshold, int $decimals ): string {
		if ( null === $rate ) {
			return '—';
		}
		$text = number_format_i18n( $rate, $decimals ) . ' %';
		if ( $rate > $threshold ) {
			/* translators: %s: alert level in percent. */
			return '<strong class="quillcrm-rate-above" style="color:#b32d2e">' . esc_html( $text ) . '</strong> ' . esc_html( sprintf( __( '(above your alert level of %s %%)', 'quillcrm-bounce' ), number_format_i18n( $threshold, $decimals ) ) );
		}
		return esc_html( $text );
	}

	/**
	 * What SNS does when this site does not answer, and the settings that
	 * make it wait longer and keep what it gives up on.
	 */
	private static function render_delivery_policy(): void {
		$policy = (string) wp_json_encode( Subscription::RECOMMENDED_DELIVERY_POLICY, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES );
		$arn    = '<SubscriptionArn>';
		foreach ( Subscription::all() as $entry ) {
			if ( 'confirmed' === ( $entry['state'] ?? '' ) && ! empty( $entry['subscription_arn'] ) ) {
				$arn = (string) $entry['subscription_arn'];
				break;
			}
		}
		$command = "aws sns set-subscription-attributes --subscription-arn '" . $arn . "' --attribute-name DeliveryPolicy --attribute-value '" . wp_json_encode( Subscription::RECOMMENDED_DELIVERY_POLICY, JSON_UNESCAPED_SLASHES ) . "'";
		echo '<h4>' . esc_html__( 'When this site cannot answer', 'quillcrm-bounce' ) . '</h4>';
		echo '<div id="quillcrm-delivery-policy">';
		echo '<p>' . esc_html__( 'By default Amazon SNS retries a delivery that got an error or no answer 3 times, 20 seconds apart, and then drops it, unless the subscription has a dead-letter queue. A site that is down for more than about a minute loses those bounces. This delivery policy makes SNS retry for close to an hour, the most it allows (3,600 seconds), and sends at most 10 notifications a second, so that a burst of Delivery notifications cannot crowd out visitors:', 'quillcrm-bounce' ) . '</p>';
		echo '<label for="quillcrm-delivery-policy-json" class="screen-reader-text">' . esc_html__( 'Recommended delivery policy (JSON)', 'quillcrm-bounce' ) . '</label>';
		echo '<textarea id="quillcrm-delivery-policy-json" class="large-text code" rows="13" readonly>' . esc_textarea( $policy ) . '</textarea>';
		echo '<p><button type="button" class="button" data-quillcrm-copy="quillcrm-delivery-policy-json" data-quillcrm-copy-status="quillcrm-delivery-policy-status" data-copied="' . esc_attr__( 'Copied.', 'quillcrm-bounce' ) . '" data-copy-failed="' . esc_attr__( 'Select the text and copy it by hand.', 'quillcrm-bounce' ) . '" aria-label="' . esc_attr__( 'Copy the delivery policy', 'quillcrm-bounce' ) . '">' . esc_html__( 'Copy', 'quillcrm-bounce' ) . '</button> <span id="quillcrm-delivery-policy-status" aria-live="polite"></span></p>';
		echo '<p>' . esc_html__( 'Set it in the SNS console (Subscriptions → Edit → Delivery policy (HTTP/S)), or with the AWS CLI:', 'quillcrm-bounce' ) . '</p>';
		echo '<label for="quillcrm-delivery-policy-command" class="screen-reader-text">' . esc_html__( 'AWS CLI command that sets the delivery policy', 'quillcrm-bounce' ) . '</label>';
		echo '<textarea id="quillcrm-delivery-policy-command" class="large-text code" rows="3" readonly>' . esc_textarea( $command ) . '</textarea>';
		echo '<p class="description">' . esc_html__( 'For longer outages, give the subscription a dead-letter queue (an SQS queue, set as its redrive policy): what SNS gives up on is kept there, up to 14 days, instead of dropped.', 'quillcrm-bounce' ) . '</p>';
		echo '</div>';
	}

	/**
	 * Verified confirmations of topics that were not accepted, each with an
	 * "Accept and confirm" button while its token is valid.
	 */
	private static function render_refused_confirmations(): void {
		$refused = Subscription::refused();
		if ( array() === $refused ) {
			return;
		}
		echo '<div id="quillcrm-refused-confirmations" class="notice notice-warning inline"><p><strong>' . esc_html__( 'Subscriptions of topics that are not accepted', 'quillcrm-bounce' ) . '</strong> ' . esc_html__( 'Amazon SNS asked to confirm these, with a genuine signature, but their topic was not accepted, so they were refused (SNS does not ask again on its own).', 'quillcrm-bounce' ) . '</p><ul>';
		foreach ( $refused as $topic_arn => $entry ) {
			echo '<li><code>' . esc_html( (string) $topic_arn ) . '</code> ';
			/* translators: %s: date and time. */
			echo esc_html( sprintf( __( 'asked at %s', 'quillcrm-bounce' ), self::local_time( $entry['received_at'] ) ) ) . ' ';
			if ( Subscription::has_expired( $entry ) ) {
				echo '<em>' . esc_html( Troubleshooting::confirmation_expired() ) . '</em>';
			} else {
				echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" style="display:inline">';
				echo '<input type="hidden" name="action" value="' . esc_attr( self::ACCEPT_ACTION ) . '" />';
				echo '<input type="hidden" name="topic_arn" value="' . esc_attr( (string) $topic_arn ) . '" />';
				wp_nonce_field( self::ACCEPT_ACTION );
				/* translators: %s: topic ARN. */
				echo '<button type="submit" class="button" aria-label="' . esc_attr( sprintf( __( 'Accept and confirm %s', 'quillcrm-bounce' ), (string) $topic_arn ) ) . '">' . esc_html__( 'Accept and confirm', 'quillcrm-bounce' ) . '</button></form>';
			}
			echo '</li>';
		}
		echo '</ul></div>';
	}

	/**
	 * Pending / Confirmed at … with the SubscriptionArn / Unsubscribed.
	 */
	private static function render_subscription_state(): void {
		$subscriptions = Subscription::all();
		echo '<h4>' . esc_html__( 'Subscription', 'quillcrm-bounce' ) . '</h4>';
		echo '<div id="quillcrm-subscription-state">';
		$queue = 'sqs' === Settings::intake();
		if ( $queue ) {
			echo '<p><strong>' . esc_html__( 'Through the queue', 'quillcrm-bounce' ) . '</strong> — ' . esc_html__( 'Amazon SNS delivers to the SQS queue. A subscription made from the queue\'s own AWS account (as "Set up in AWS" makes it) needs no confirmation here; the AWS checks read its state at Amazon SNS.', 'quillcrm-bounce' ) . '</p>';
		}
		if ( array() === $subscriptions && ! $queue ) {
			echo '<p><strong>' . esc_html__( 'Pending', 'quillcrm-bounce' ) . '</strong> — ' . esc_html__( 'no subscription has been confirmed yet.', 'quillcrm-bounce' ) . '</p>';
			echo '<p class="description">' . esc_html( Troubleshooting::pending_confirmation() ) . '</p>';
		} elseif ( array() !== $subscriptions ) {
			if ( $queue ) {
				echo '<p class="description">' . esc_html__( 'Subscriptions of the HTTPS webhook, which keeps answering beside the queue (delete one you no longer want at Amazon SNS):', 'quillcrm-bounce' ) . '</p>';
			}
			echo '<ul>';
			foreach ( $subscriptions as $topic_arn => $entry ) {
				$state    = (string) ( $entry['state'] ?? '' );
				$accepted = in_array( $topic_arn, Settings::accepted_topics() ?? array(), true );
				echo '<li data-state="' . esc_attr( $state ) . '">';
				if ( 'confirmed' === $state ) {
					echo '<strong>' . esc_html(
						$accepted
							/* translators: %s: date and time. */
							? sprintf( __( 'Confirmed at %s', 'quillcrm-bounce' ), self::local_time( $entry['confirmed_at'] ?? null ) )
							/* translators: %s: date and time. */
							: sprintf( __( 'Confirmed at AWS at %s, not accepted here: its notifications are refused until its topic is accepted above', 'quillcrm-bounce' ), self::local_time( $entry['confirmed_at'] ?? null ) )
					) . '</strong>';
					echo ' — <code>' . esc_html( (string) ( $entry['subscription_arn'] ?? __( '(no SubscriptionArn returned)', 'quillcrm-bounce' ) ) ) . '</code>';
				} elseif ( 'confirming' === $state ) {
					echo '<strong>' . esc_html__( 'Accepted here; the confirmation at Amazon SNS did not succeed yet (SNS sends it again).', 'quillcrm-bounce' ) . '</strong>';
				} else {
					echo '<strong>' . esc_html(
						/* translators: %s: date and time. */
						sprintf( __( 'Unsubscribed at %s', 'quillcrm-bounce' ), self::local_time( $entry['unsubscribed_at'] ?? null ) )
					) . '</strong>';
				}
				echo '<br /><span class="description">' . esc_html__( 'Topic:', 'quillcrm-bounce' ) . ' <code>' . esc_html( (string) $topic_arn ) . '</code></span>';
				echo '</li>';
			}
			echo '</ul>';
			if ( ! $queue && Subscription::is_confirmed() && ! EventLog::has_notifications() ) {
				echo '<p class="description">' . esc_html( Troubleshooting::no_notifications() ) . '</p>';
			}
		}
		echo '</div>';
	}

	/**
	 * Extension loaded / version / test-only trust; the tables.
	 */
	private static function render_extension_status(): void {
		echo '<h4>' . esc_html__( 'Verification', 'quillcrm-bounce' ) . '</h4>';
		echo '<div id="quillcrm-extension-status">';
		$info = Extension::info() ?? array();
		// The PHP build, its paths and directives are the server's: on a
		// network, for its administrator.
		$server = current_user_can( self::server_capability() );
		if ( Extension::is_native() ) {
			echo '<p><strong>' . esc_html(
				/* translators: %s: version. */
				sprintf( __( 'The quillcrm_sns PHP extension %s verifies deliveries.', 'quillcrm-bounce' ), (string) ( $info['version'] ?? '' ) )
			) . '</strong></p>';
			if ( $server && '' !== ( $info['cache_dir'] ?? '' ) ) {
				echo '<p>' . esc_html__( 'Certificate cache:', 'quillcrm-bounce' ) . ' <code>' . esc_html( (string) $info['cache_dir'] ) . '</code></p>';
			}
		} elseif ( Extension::is_loaded() ) {
			echo '<p><strong>' . esc_html__( 'The plugin\'s plain-PHP fallback verifies deliveries.', 'quillcrm-bounce' ) . '</strong> ' . esc_html( $server ? Extension::fallback_explanation() : __( 'The same rules, more slowly: the network\'s administrator can install the quillcrm_sns PHP extension for this server.', 'quillcrm-bounce' ) ) . '</p>';
		} else {
			echo '<p style="color:#d63638;"><strong>' . esc_html( $server ? Extension::unavailable_explanation() : __( 'Nothing on this server can verify Amazon SNS deliveries: every delivery is answered 503 (Amazon SNS retries a few times, then drops it) until the network\'s administrator installs the quillcrm_sns PHP extension, or PHP\'s openssl and curl extensions.', 'quillcrm-bounce' ) ) . '</strong></p>';
		}
		if ( ! empty( $info['test_trust'] ) ) {
			echo '<div class="notice notice-error inline" id="quillcrm-test-trust-warning" style="border:3px solid #d63638;background:#fcf0f1;padding:12px;"><p style="color:#8a1f11;font-size:1.2em;"><strong>';
			echo esc_html( Extension::test_trust_warning() );
			echo '</strong></p>';
			if ( $server ) {
				echo '<ul>';
				foreach ( array( 'test_ca_file', 'test_resolve', 'test_imds_endpoint' ) as $setting ) {
					if ( '' !== (string) ( $info[ $setting ] ?? '' ) ) {
						// The php.ini directive, or the fallback's constant.
						$name = Extension::is_native() ? 'quillcrm_sns.' . $setting : 'QUILLCRM_SNS_' . strtoupper( $setting );
						echo '<li><code>' . esc_html( $name . ' = ' . $info[ $setting ] ) . '</code></li>';
					}
				}
				echo '</ul>';
			}
			echo '</div>';
		}
		foreach ( array_merge( array( Schema::contacts_table() ), Schema::own_tables() ) as $table ) {
			$engine = Schema::engine( $table );
			if ( null === $engine ) {
				echo '<p style="color:#d63638;"><strong>' . esc_html(
					/* translators: %s: table name. */
					sprintf( __( 'The table %s does not exist: deactivate and activate the plugin on the Plugins screen, which creates it again.', 'quillcrm-bounce' ), $table )
				) . '</strong></p>';
			} elseif ( 'innodb' !== strtolower( $engine ) ) {
				echo '<p style="color:#d63638;"><strong>' . esc_html(
					/* translators: 1: table name, 2: storage engine. */
					sprintf( __( 'The table %1$s uses the %2$s storage engine, which has no transactions: deliveries cannot be applied exactly once. Convert it with ALTER TABLE … ENGINE=InnoDB.', 'quillcrm-bounce' ), $table, $engine )
				) . '</strong></p>';
			}
		}
		echo '</div>';
	}

	/**
	 * Requests with a wrong key: how many, since when, the last one.
	 */
	private static function render_wrong_key_requests(): void {
		$counter = Counters::get( Counters::WRONG_KEY );
		echo '<p id="quillcrm-wrong-key-requests">';
		if ( null === $counter ) {
			esc_html_e( 'No request with a wrong or missing key has been received.', 'quillcrm-bounce' );
		} else {
			echo esc_html(
				sprintf(
					/* translators: 1: number of requests, 2: date and time, 3: date and time. */
					_n( '%1$d request with a wrong or missing key since %2$s, the last at %3$s.', '%1$d requests with a wrong or missing key since %2$s, the last at %3$s.', $counter['count'], 'quillcrm-bounce' ),
					$counter['count'],
					self::local_time( $counter['first_at'] ),
					self::local_time( $counter['last_at'] )
				)
			);
			echo ' ' . esc_html( Troubleshooting::fix( 'invalid_key' ) );
		}
		echo '</p>';
	}

	/**
	 * The last 20 deliveries, each error with its fix.
	 */
	private static function render_deliveries(): void {
		$rows = EventLog::recent( 20 );
		echo '<h4>' . esc_html__( 'Last 20 webhook deliveries', 'quillcrm-bounce' ) . '</h4>';
		echo '<table class="widefat striped" id="quillcrm-deliveries"><thead><tr>';
		foreach ( array(
			__( 'Time', 'quillcrm-bounce' ),
			__( 'HTTP', 'quillcrm-bounce' ),
			__( 'Outcome', 'quillcrm-bounce' ),
			__( 'Type', 'quillcrm-bounce' ),
			__( 'Addresses', 'quillcrm-bounce' ),
			__( 'Topic / Message ID', 'quillcrm-bounce' ),
			__( 'Error and fix', 'quillcrm-bounce' ),
		) as $heading ) {
			echo '<th scope="col">' . esc_html( $heading ) . '</th>';
		}
		echo '</tr></thead><tbody>';
		if ( array() === $rows ) {
			echo '<tr><td colspan="7">' . esc_html__( 'No deliveries yet.', 'quillcrm-bounce' ) . '</td></tr>';
		}
		foreach ( $rows as $row ) {
			$recipients = json_decode( (string) $row->recipients, true );
			echo '<tr data-outcome="' . esc_attr( (string) $row->outcome ) . '" data-error="' . esc_attr( (string) $row->error_code ) . '">';
			echo '<td>' . esc_html( self::local_time( $row->received_at ) ) . '</td>';
			echo '<td>' . esc_html( (string) $row->http_status ) . '</td>';
			echo '<td><strong>' . esc_html( (string) $row->outcome ) . '</strong></td>';
			echo '<td>' . esc_html( trim( (string) $row->sns_type . ' ' . ( $row->notification_kind ? '/ ' . $row->notification_kind : '' ) ) ) . '</td>';
			echo '<td>';
			foreach ( is_array( $recipients ) ? $recipients : array() as $recipient ) {
				$facts = array_filter(
					array(
						(string) ( $recipient['class'] ?? '' ),
						(string) ( $recipient['status'] ?? '' ),
						(string) ( $recipient['result'] ?? '' ),
					)
				);
				echo '<code>' . esc_html( (string) ( $recipient['email'] ?? '' ) ) . '</code> ' . esc_html( implode( ', ', $facts ) );
				if ( ! empty( $recipient['diagnostic'] ) ) {
					echo '<br /><small>' . esc_html( mb_substr( (string) $recipient['diagnostic'], 0, 200 ) ) . '</small>';
				}
				echo '<br />';
			}
			echo '</td>';
			echo '<td><small>' . esc_html( (string) $row->topic_arn ) . '<br />' . esc_html( (string) $row->message_id ) . '</small></td>';
			echo '<td>';
			if ( $row->error_code ) {
				echo '<code>' . esc_html( (string) $row->error_code ) . '</code><br />';
				echo '<small>' . esc_html( (string) $row->detail ) . '</small><br />';
				echo '<strong>' . esc_html__( 'Fix:', 'quillcrm-bounce' ) . '</strong> ' . esc_html( Troubleshooting::fix( (string) $row->error_code ) );
			} else {
				echo '<small>' . esc_html( (string) $row->detail ) . '</small>';
			}
			echo '</td></tr>';
		}
		echo '</tbody></table>';
	}

	/**
	 * A stored UTC time in the site's time zone.
	 *
	 * @param string|null $utc 'Y-m-d H:i:s' in UTC.
	 */
	public static function local_time( ?string $utc ): string {
		if ( null === $utc || '' === $utc ) {
			return '—';
		}
		$timestamp = strtotime( $utc . ' UTC' );
		if ( false === $timestamp ) {
			return $utc;
		}
		return (string) wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ) . ' T', $timestamp );
	}

	/**
	 * Per-user transient holding the rejected topic lines.
	 */
	private static function rejected_transient(): string {
		return self::REJECTED_TRANSIENT_PREFIX . get_current_user_id();
	}
}
