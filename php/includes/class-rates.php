<?php
/**
 * Bounce and complaint rates, estimated the way AWS measures them.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * AWS reviews an account at about a 5 % bounce rate or a 0.1 % complaint
 * rate, and can pause its sending at 10 % / 0.5 %. It counts hard bounces
 * only, over a representative volume of recent mail rather than a time
 * window. The estimates here do the same over what this site has seen:
 * hard bounces / sends (deliveries and bounces of mail SES sent) and
 * complaints / deliveries, over the last N sends (a setting) and over the
 * last 7 days. They need Delivery notifications: without them there is no
 * denominator, and only counts are shown.
 *
 * An hourly check (WP-Cron `quillcrm_bounce_rate_check`) compares the
 * estimates over the last N sends with the alert thresholds: above one, it
 * stores the alert (shown as an admin notice), fires
 * `quillcrm_bounce_rate_alert` and mails the site admin at most once a day.
 */
final class Rates {

	/** WP-Cron hook of the hourly check. */
	public const CRON_HOOK = 'quillcrm_bounce_rate_check';

	/** The last check's alerts (autoloaded: the admin notice reads it on every admin page). */
	public const STATUS_OPTION = 'quillcrm_bounce_rate_status';

	/** When the last alert email was sent (UTC). */
	public const MAILED_OPTION = 'quillcrm_bounce_rate_alert_mailed_at';

	/** AWS's levels, in percent. */
	public const AWS_BOUNCE_REVIEW    = 5.0;
	public const AWS_BOUNCE_PAUSE     = 10.0;
	public const AWS_COMPLAINT_REVIEW = 0.1;
	public const AWS_COMPLAINT_PAUSE  = 0.5;

	/** No alert from fewer sends than this: a handful of mails is no rate. */
	public const MIN_ALERT_SENDS = 100;

	/** The quick view's window. */
	public const RECENT_DAYS = 7;

	/** Without a Delivery notification for this long, there is no rate. */
	public const DELIVERY_SILENCE = 30 * DAY_IN_SECONDS;

	/**
	 * Schedules the hourly check when it is not scheduled.
	 */
	public static function schedule(): void {
		if ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			wp_schedule_event( time() + 5 * MINUTE_IN_SECONDS, 'hourly', self::CRON_HOOK );
		}
	}

	/**
	 * Removes the schedule (deactivation, uninstall).
	 */
	public static function unschedule(): void {
		wp_clear_scheduled_hook( self::CRON_HOOK );
	}

	/**
	 * Whether Delivery notifications arrive (one in the last 30 days): the
	 * rates need them.
	 */
	public static function deliveries_on(): bool {
		$deliveries = Counters::get( Counters::DELIVERIES );
		$last       = null === $deliveries ? false : strtotime( $deliveries['last_at'] . ' UTC' );
		return false !== $last && $last >= time() - self::DELIVERY_SILENCE;
	}

	/**
	 * The counts and rates over the latest $sends sends (two indexed
	 * queries: the id where the window starts, then the rows after it).
	 *
	 * @param int $sends How many sends.
	 * @return array{sends: int, deliveries: int, hard: int, bounces: int, complaints: int, bounce_rate: ?float, complaint_rate: ?float}
	 */
	public static function over_last_sends( int $sends ): array {
		global $wpdb;
		$table = Schema::recipient_events_table();
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
		$first = $wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$table} WHERE is_send = 1 ORDER BY id DESC LIMIT 1 OFFSET %d", max( 0, $sends - 1 ) ) );
		if ( null === $first ) {
			$first = $wpdb->get_var( $wpdb->prepare( "SELECT MIN(id) FROM {$table} WHERE is_send = %d", 1 ) );
		}
		// Not before the first Delivery notification: the bounces of the
		// time before came without the deliveries of their mails' other
		// sends, and would weigh on far fewer sends than they had.
		$first = max( (int) $first, (int) $wpdb->get_var( $wpdb->prepare( "SELECT MIN(id) FROM {$table} WHERE rate_kind = %s", 'delivery' ) ) );
		$row   = $wpdb->get_row( $wpdb->prepare( self::counts_sql( $table ) . ' WHERE id >= %d', (int) $first ), ARRAY_A );
		// phpcs:enable
		return self::from_counts( is_array( $row ) ? $row : array() );
	}

	/**
	 * The counts and rates of the last $days days.
	 *
	 * @param int $days Days.
	 * @return array{sends: int, deliveries: int, hard: int, bounces: int, complaints: int, bounce_rate: ?float, complaint_rate: ?float}
	 */
	public static function over_last_days( int $days ): array {
		global $wpdb;
		$table = Schema::recipient_events_table();
		$row   = $wpdb->get_row(
			// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, QuillCRM.Security.PreparedSql.NotPrepared -- counts_sql() is constant SQL around the plugin's table name.
			$wpdb->prepare( self::counts_sql( $table ) . ' WHERE received_at >= %s', gmdate( 'Y-m-d H:i:s', time() - $days * DAY_IN_SECONDS ) ),
			ARRAY_A
		);
		return self::from_counts( is_array( $row ) ? $row : array() );
	}

	/**
	 * The alerts of the rates over the last N sends, each above its
	 * threshold (none without Delivery notifications or with fewer than
	 * MIN_ALERT_SENDS sends).
	 *
	 * @return array<int, array{kind: string, rate: float, sample: int, threshold: float}> Rates and thresholds in percent.
	 */
	public static function alerts(): array {
		if ( ! self::deliveries_on() ) {
			return array();
		}
		$estimate   = self::over_last_sends( Settings::rate_sample() );
		$thresholds = Settings::rate_alerts();
		$alerts     = array();
		if ( $estimate['sends'] < self::MIN_ALERT_SENDS ) {
			return array();
		}
		foreach ( array(
			'bounce'    => $estimate['bounce_rate'],
			'complaint' => $estimate['complaint_rate'],
		) as $kind => $rate ) {
			if ( null !== $rate && $rate > $thresholds[ $kind ] ) {
				$alerts[] = array(
					'kind'      => $kind,
					'rate'      => $rate,
					'sample'    => $estimate['sends'],
					'threshold' => $thresholds[ $kind ],
				);
			}
		}
		return $alerts;
	}

	/**
	 * The hourly check: stores the alerts for the admin notice, mails the
	 * site admin when there is one and no alert email was sent in the last
	 * 24 hours, then fires `quillcrm_bounce_rate_alert` for each (a listener
	 * that throws stops neither the email nor the next alert's action).
	 */
	public static function check(): void {
		$alerts = self::alerts();
		update_option(
			self::STATUS_OPTION,
			array(
				'checked_at' => gmdate( 'Y-m-d H:i:s' ),
				'alerts'     => $alerts,
			),
			true
		);
		self::maybe_mail( $alerts );
		foreach ( $alerts as $alert ) {
			/**
			 * An estimated rate over the last sends is above its alert
			 * threshold (fired by each hourly check while it is), so that
			 * the CRM can pause campaigns.
			 *
			 * @param float  $rate      The estimate, in percent.
			 * @param int    $sample    Sends it was estimated over.
			 * @param float  $threshold The alert threshold, in percent.
			 * @param string $kind      bounce|complaint.
			 */
			try {
				do_action( 'quillcrm_bounce_rate_alert', $alert['rate'], $alert['sample'], $alert['threshold'], $alert['kind'] );
			} catch ( \Throwable $error ) {
				// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
				error_log( sprintf( 'QuillCRM Bounce: a listener of quillcrm_bounce_rate_alert threw %s: %s', get_class( $error ), $error->getMessage() ) );
			}
		}
	}

	/**
	 * Mails the site admin the alerts, unless none or an alert email went
	 * out in the last 24 hours.
	 *
	 * @param array<int, array{kind: string, rate: float, sample: int, threshold: float}> $alerts From alerts().
	 */
	private static function maybe_mail( array $alerts ): void {
		if ( array() === $alerts ) {
			return;
		}
		$mailed = (string) get_option( self::MAILED_OPTION, '' );
		if ( '' !== $mailed && strtotime( $mailed . ' UTC' ) > time() - DAY_IN_SECONDS ) {
			return; // One email a day at most.
		}
		if ( self::mail( $alerts ) ) {
			update_option( self::MAILED_OPTION, gmdate( 'Y-m-d H:i:s' ), false );
		}
	}

	/**
	 * When the hourly check last ran, in Unix seconds (null: never).
	 */
	public static function last_checked_at(): ?int {
		$status = get_option( self::STATUS_OPTION, array() );
		$time   = is_array( $status ) && is_string( $status['checked_at'] ?? null ) ? strtotime( $status['checked_at'] . ' UTC' ) : false;
		return false === $time ? null : $time;
	}

	/**
	 * Whether the hourly check has fallen two hours behind: its event is
	 * missing or has been due that long (WP-Cron is not running), so the
	 * stored alerts may be old.
	 */
	public static function is_overdue(): bool {
		$next = wp_next_scheduled( self::CRON_HOOK );
		return false === $next || $next < time() - 2 * HOUR_IN_SECONDS;
	}

	/**
	 * The alerts of the last check (for the admin notice).
	 *
	 * @return array<int, array{kind: string, rate: float, sample: int, threshold: float}>
	 */
	public static function stored_alerts(): array {
		$status = get_option( self::STATUS_OPTION, array() );
		return is_array( $status ) && is_array( $status['alerts'] ?? null ) ? $status['alerts'] : array();
	}

	/**
	 * One sentence per alert.
	 *
	 * @param array{kind: string, rate: float, sample: int, threshold: float} $alert An alert.
	 */
	public static function sentence( array $alert ): string {
		if ( 'bounce' === $alert['kind'] ) {
			return sprintf(
				/* translators: 1: rate in percent, 2: number of sends, 3: threshold in percent, 4: AWS review level in percent. */
				__( 'The estimated bounce rate is %1$s %% over the last %2$s sends, above your alert level of %3$s %% (AWS reviews an account at about %4$s %%).', 'quillcrm-bounce' ),
				number_format_i18n( $alert['rate'], 2 ),
				number_format_i18n( $alert['sample'] ),
				number_format_i18n( $alert['threshold'], 2 ),
				number_format_i18n( self::AWS_BOUNCE_REVIEW )
			);
		}
		return sprintf(
			/* translators: 1: rate in percent, 2: number of sends, 3: threshold in percent, 4: AWS review level in percent. */
			__( 'The estimated complaint rate is %1$s %% over the last %2$s sends, above your alert level of %3$s %% (AWS reviews an account at about %4$s %%).', 'quillcrm-bounce' ),
			number_format_i18n( $alert['rate'], 3 ),
			number_format_i18n( $alert['sample'] ),
			number_format_i18n( $alert['threshold'], 3 ),
			number_format_i18n( self::AWS_COMPLAINT_REVIEW, 1 )
		);
	}

	/**
	 * admin_notices: the stored alerts, for users who can manage options.
	 */
	public static function render_admin_notice(): void {
		$alerts = self::stored_alerts();
		if ( array() === $alerts || ! current_user_can( 'manage_options' ) ) {
			return;
		}
		echo '<div class="notice notice-warning" id="quillcrm-rate-alert-notice"><p><strong>' . esc_html__( 'QuillCRM Bounce Handling:', 'quillcrm-bounce' ) . '</strong> ';
		foreach ( $alerts as $alert ) {
			echo esc_html( self::sentence( $alert ) ) . ' ';
		}
		echo '<a href="' . esc_url( SettingsPage::url() ) . '">' . esc_html__( 'See the rates', 'quillcrm-bounce' ) . '</a></p></div>';
	}

	/**
	 * The alert email to the site admin.
	 *
	 * @param array<int, array{kind: string, rate: float, sample: int, threshold: float}> $alerts Alerts.
	 * @return bool Whether wp_mail() accepted it.
	 */
	private static function mail( array $alerts ): bool {
		$lines = array_map( array( self::class, 'sentence' ), $alerts );
		/* translators: %s: site title. */
		$subject = sprintf( __( '[%s] Amazon SES bounce or complaint rate above your alert level', 'quillcrm-bounce' ), wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES ) );
		$body    = implode( "\n\n", $lines ) . "\n\n"
			. self::aws_levels() . ' ' . __( 'Find what sent to these addresses (an old list, an import, a form without confirmation) and stop it.', 'quillcrm-bounce' ) . "\n\n"
			. __( 'This email is sent at most once a day while a rate stays above its alert level.', 'quillcrm-bounce' ) . "\n\n"
			. SettingsPage::url();
		return wp_mail( (string) get_option( 'admin_email' ), $subject, $body );
	}

	/**
	 * The sentence that states AWS's levels, for the page and the email.
	 */
	public static function aws_levels(): string {
		return sprintf(
			/* translators: 1: bounce review level, 2: complaint review level, 3: bounce pause level, 4: complaint pause level. */
			__( 'AWS reviews an account at about %1$s %% bounces or %2$s %% complaints and can pause its sending at %3$s %% / %4$s %%.', 'quillcrm-bounce' ),
			number_format_i18n( self::AWS_BOUNCE_REVIEW ),
			number_format_i18n( self::AWS_COMPLAINT_REVIEW, 1 ),
			number_format_i18n( self::AWS_BOUNCE_PAUSE ),
			number_format_i18n( self::AWS_COMPLAINT_PAUSE, 1 )
		);
	}

	/**
	 * The counting query, without its WHERE.
	 *
	 * @param string $table The recipient events table.
	 */
	private static function counts_sql( string $table ): string {
		return "SELECT COALESCE(SUM(is_send), 0) AS sends, COALESCE(SUM(rate_kind = 'delivery'), 0) AS deliveries, COALESCE(SUM(rate_kind = 'hard'), 0) AS hard, COALESCE(SUM(rate_kind IN ('hard', 'bounce')), 0) AS bounces, COALESCE(SUM(rate_kind = 'complaint'), 0) AS complaints FROM {$table}";
	}

	/**
	 * Counts and rates (percent) from a counting row.
	 *
	 * @param array<string, mixed> $row From counts_sql().
	 */
	private static function from_counts( array $row ): array {
		$counts = array(
			'sends'      => (int) ( $row['sends'] ?? 0 ),
			'deliveries' => (int) ( $row['deliveries'] ?? 0 ),
			'hard'       => (int) ( $row['hard'] ?? 0 ),
			'bounces'    => (int) ( $row['bounces'] ?? 0 ),
			'complaints' => (int) ( $row['complaints'] ?? 0 ),
		);
		return $counts + array(
			'bounce_rate'    => $counts['sends'] > 0 ? 100.0 * $counts['hard'] / $counts['sends'] : null,
			'complaint_rate' => $counts['deliveries'] > 0 ? 100.0 * $counts['complaints'] / $counts['deliveries'] : null,
		);
	}
}
