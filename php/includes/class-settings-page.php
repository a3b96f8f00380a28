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

	/** admin-post.php actions (also the nonce actions). */
	public const REGENERATE_ACTION = 'quillcrm_bounce_regenerate_key';
	public const SAVE_ACTION       = 'quillcrm_bounce_save_settings';

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
		if ( ! current_user_can( self::CAPABILITY ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'quillcrm-bounce' ), '', array( 'response' => 403 ) );
		}
		check_admin_referer( self::REGENERATE_ACTION );
		Settings::regenerate_key();
		wp_safe_redirect( self::url( array( self::NOTICE_ARG => 'key_regenerated' ) ) );
		exit;
	}

	/**
	 * admin-post.php?action=quillcrm_bounce_save_settings
	 */
	public static function handle_save(): void {
		if ( ! current_user_can( self::CAPABILITY ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'quillcrm-bounce' ), '', array( 'response' => 403 ) );
		}
		check_admin_referer( self::SAVE_ACTION );

		$threshold = isset( $_POST['quillcrm_soft_threshold'] ) ? absint( wp_unslash( $_POST['quillcrm_soft_threshold'] ) ) : Settings::DEFAULT_THRESHOLD;
		$topics    = isset( $_POST['quillcrm_accepted_topics'] ) ? sanitize_textarea_field( wp_unslash( $_POST['quillcrm_accepted_topics'] ) ) : '';

		Settings::save_soft_threshold( $threshold );
		if ( ! Extension::is_loaded() ) {
			// Only the extension can tell a topic ARN; the list stays as it is.
			wp_safe_redirect( self::url( array( self::NOTICE_ARG => 'topics_need_extension' ) ) );
			exit;
		}
		list( $valid, $rejected ) = Settings::parse_topics( $topics );
		Settings::save_accepted_topics( $valid );

		$notice = array() === $valid ? 'topics_cleared' : 'saved';
		if ( array() !== $rejected ) {
			set_transient( self::rejected_transient(), array_slice( $rejected, 0, 20 ), 5 * MINUTE_IN_SECONDS );
			$notice = 'topics_rejected';
		}
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
			echo '<div class="notice notice-warning is-dismissible"><p>' . esc_html__( 'The threshold was saved. The accepted topics were not changed: the quillcrm_sns extension, which checks topic ARNs, is not loaded.', 'quillcrm-bounce' ) . '</p></div>';
		} elseif ( 'topics_cleared' === $notice ) {
			echo '<div class="notice notice-warning is-dismissible"><p>' . esc_html__( 'Settings saved. No topic is accepted now: the next confirmed subscription pins its topic, and until then every bounce, complaint and delivery notification is refused (403).', 'quillcrm-bounce' ) . '</p></div>';
		} elseif ( 'topics_rejected' === $notice ) {
			$rejected = get_transient( self::rejected_transient() );
			delete_transient( self::rejected_transient() );
			echo '<div class="notice notice-warning is-dismissible"><p>' . esc_html__( 'Settings saved, but these lines are not SNS topic ARNs (arn:aws:sns:<region>:<12-digit account>:<name>) and were dropped:', 'quillcrm-bounce' ) . '</p><ul>';
			foreach ( is_array( $rejected ) ? $rejected : array() as $line ) {
				echo '<li><code>' . esc_html( (string) $line ) . '</code></li>';
			}
			echo '</ul></div>';
		}
	}

	/**
	 * Bounce Handling → Amazon SES.
	 */
	private static function render_bounce_handling(): void {
		echo '<h2 id="bounce-handling">' . esc_html__( 'Bounce Handling', 'quillcrm-bounce' ) . '</h2>';
		echo '<p>' . esc_html__( 'Bounces, complaints and deliveries reported by your email provider update your contacts automatically: hard bounces and complaints stop mail to the address at once, soft bounces after the threshold below.', 'quillcrm-bounce' ) . '</p>';
		echo '<h3 id="bounce-handling-amazon-ses">' . esc_html__( 'Amazon SES', 'quillcrm-bounce' ) . '</h3>';

		self::render_webhook_url();
		self::render_settings_form();
		self::render_subscription_state();
		self::render_extension_status();
		self::render_deliveries();
		self::render_wrong_key_requests();
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
						<button type="button" class="button" id="quillcrm-copy-webhook-url" data-quillcrm-copy="quillcrm-webhook-url" data-quillcrm-copy-status="quillcrm-copy-status" data-copied="<?php esc_attr_e( 'Copied.', 'quillcrm-bounce' ); ?>" data-copy-failed="<?php esc_attr_e( 'Select the URL and copy it by hand.', 'quillcrm-bounce' ); ?>"><?php esc_html_e( 'Copy', 'quillcrm-bounce' ); ?></button>
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
					<th scope="row"><label for="quillcrm-accepted-topics"><?php esc_html_e( 'Accepted topics', 'quillcrm-bounce' ); ?></label></th>
					<td>
						<textarea id="quillcrm-accepted-topics" name="quillcrm_accepted_topics" class="large-text code" rows="3" placeholder="arn:aws:sns:us-east-1:123456789012:ses-bounces"><?php echo esc_textarea( implode( "\n", $topics ?? array() ) ); ?></textarea>
						<p class="description"><?php esc_html_e( 'One SNS TopicArn per line. The first topic whose subscription is confirmed is added automatically; deliveries from any other topic are refused (403) until you add it here. Emptying the list makes the next confirmed subscription pin its topic again.', 'quillcrm-bounce' ); ?></p>
						<p id="quillcrm-topic-pinning">
						<?php
						if ( null === $topics ) {
							echo '<strong style="color:#d63638;">' . esc_html__( 'Unreadable:', 'quillcrm-bounce' ) . '</strong> ' . esc_html__( 'the stored list of accepted topics cannot be read, so every delivery is answered 503 (SNS retries). Enter the topics and save.', 'quillcrm-bounce' );
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
	 * Pending / Confirmed at … with the SubscriptionArn / Unsubscribed.
	 */
	private static function render_subscription_state(): void {
		$subscriptions = Subscription::all();
		echo '<h4>' . esc_html__( 'Subscription', 'quillcrm-bounce' ) . '</h4>';
		echo '<div id="quillcrm-subscription-state">';
		if ( array() === $subscriptions ) {
			echo '<p><strong>' . esc_html__( 'Pending', 'quillcrm-bounce' ) . '</strong> — ' . esc_html__( 'no subscription has been confirmed yet.', 'quillcrm-bounce' ) . '</p>';
			echo '<p class="description">' . esc_html( Troubleshooting::pending_confirmation() ) . '</p>';
		} else {
			echo '<ul>';
			foreach ( $subscriptions as $topic_arn => $entry ) {
				echo '<li>';
				if ( 'confirmed' === ( $entry['state'] ?? '' ) ) {
					echo '<strong>' . esc_html(
						/* translators: %s: date and time. */
						sprintf( __( 'Confirmed at %s', 'quillcrm-bounce' ), self::local_time( $entry['confirmed_at'] ?? null ) )
					) . '</strong>';
					echo ' — <code>' . esc_html( (string) ( $entry['subscription_arn'] ?? __( '(no SubscriptionArn returned)', 'quillcrm-bounce' ) ) ) . '</code>';
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
			if ( Subscription::is_confirmed() && ! EventLog::has_notifications() ) {
				echo '<p class="description">' . esc_html( Troubleshooting::no_notifications() ) . '</p>';
			}
		}
		echo '</div>';
	}

	/**
	 * Extension loaded / version / test-only trust; the tables.
	 */
	private static function render_extension_status(): void {
		echo '<h4>' . esc_html__( 'Native extension', 'quillcrm-bounce' ) . '</h4>';
		echo '<div id="quillcrm-extension-status">';
		if ( ! Extension::is_loaded() ) {
			echo '<p style="color:#d63638;"><strong>' . esc_html__( 'Not loaded.', 'quillcrm-bounce' ) . '</strong> ';
			printf(
				/* translators: 1: shell command, 2: php.ini line. */
				esc_html__( 'Deliveries are answered 503 (SNS retries). Install it with %1$s, or add %2$s to PHP-FPM\'s php.ini and restart PHP.', 'quillcrm-bounce' ),
				'<code>./build.sh install</code>',
				'<code>extension=/path/to/libquillcrm_sns.so</code>'
			);
			echo '</p>';
		} else {
			$info = Extension::info();
			echo '<p><strong>' . esc_html(
				/* translators: %s: version. */
				sprintf( __( 'Loaded: quillcrm_sns %s', 'quillcrm-bounce' ), (string) $info['version'] )
			) . '</strong></p>';
			if ( '' !== $info['cache_dir'] ) {
				echo '<p class="description">' . esc_html__( 'Certificate cache:', 'quillcrm-bounce' ) . ' <code>' . esc_html( $info['cache_dir'] ) . '</code></p>';
			}
			if ( $info['test_trust'] ) {
				echo '<div class="notice notice-error inline" id="quillcrm-test-trust-warning" style="border:3px solid #d63638;background:#fcf0f1;padding:12px;"><p style="color:#8a1f11;font-size:1.2em;"><strong>';
				echo esc_html( Extension::test_trust_warning() );
				echo '</strong></p><ul>';
				if ( '' !== $info['test_ca_file'] ) {
					echo '<li><code>quillcrm_sns.test_ca_file = ' . esc_html( $info['test_ca_file'] ) . '</code></li>';
				}
				if ( '' !== $info['test_resolve'] ) {
					echo '<li><code>quillcrm_sns.test_resolve = ' . esc_html( $info['test_resolve'] ) . '</code></li>';
				}
				echo '</ul></div>';
			}
		}
		foreach ( array_merge( array( Schema::contacts_table() ), Schema::own_tables() ) as $table ) {
			$engine = Schema::engine( $table );
			if ( null === $engine ) {
				echo '<p style="color:#d63638;"><strong>' . esc_html(
					/* translators: %s: table name. */
					sprintf( __( 'The table %s does not exist: deactivate and activate the plugin, or create the contacts table.', 'quillcrm-bounce' ), $table )
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
	private static function local_time( ?string $utc ): string {
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
