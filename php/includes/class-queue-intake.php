<?php
/**
 * The Amazon SQS queue intake: credentials, the worker's health, its
 * schedules.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * SNS delivers to an SQS queue (100,015 attempts over 23 days) and the site
 * takes the messages at its own pace: bin/drain.php from the system cron,
 * or WP-Cron every minute as a fallback (QueueWorker does the work).
 *
 * Credentials are never stored: the wp-config.php constants
 * QUILLCRM_AWS_ACCESS_KEY_ID / QUILLCRM_AWS_SECRET_ACCESS_KEY /
 * QUILLCRM_AWS_SESSION_TOKEN when defined, else the extension's own chain
 * (the AWS_* environment variables, then the EC2 instance role).
 */
final class QueueIntake {

	/** The worker's last results (not autoloaded): see status(). */
	public const STATUS_OPTION = 'quillcrm_bounce_queue_status';

	/** The WP-Cron fallback's hook and schedule. */
	public const CRON_HOOK     = 'quillcrm_bounce_drain_queue';
	public const CRON_SCHEDULE = 'quillcrm_bounce_every_minute';

	/** The WP-Cron fallback stands back while the system cron pulled this recently. */
	public const SYSTEM_CRON_FRESH = 150;

	/** A worker that has not pulled for this long is reported. */
	public const SILENCE = 10 * MINUTE_IN_SECONDS;

	/** Messages moved to the dead-letter queue are reported this long: the longest SQS keeps one there. */
	public const DEAD_LETTER_SHOWN = 14 * DAY_IN_SECONDS;

	/** The codes that need the admin (the others pass by themselves). */
	public const ADMIN_CODES = array( 'queue_needs_extension', 'queue_site_moved', 'queue_no_topic', 'invalid_queue_url', 'aws_no_credentials', 'aws_bad_credentials', 'aws_access_denied', 'aws_queue_not_found', 'aws_clock_skewed', 'aws_request_rejected' );

	/**
	 * Credentials from wp-config.php, or null to let the extension look in
	 * the environment and at the instance role. Never stored or shown.
	 *
	 * @return array{access_key_id: string, secret_access_key: string, session_token: ?string}|null
	 */
	public static function credentials(): ?array {
		if ( ! defined( 'QUILLCRM_AWS_ACCESS_KEY_ID' ) ) {
			return null;
		}
		return array(
			'access_key_id'     => (string) constant( 'QUILLCRM_AWS_ACCESS_KEY_ID' ),
			'secret_access_key' => defined( 'QUILLCRM_AWS_SECRET_ACCESS_KEY' ) ? (string) constant( 'QUILLCRM_AWS_SECRET_ACCESS_KEY' ) : '',
			'session_token'     => defined( 'QUILLCRM_AWS_SESSION_TOKEN' ) ? (string) constant( 'QUILLCRM_AWS_SESSION_TOKEN' ) : null,
		);
	}

	/**
	 * Whether this PHP can run the intake (the extension's AWS client).
	 */
	public static function is_available(): bool {
		return function_exists( 'quillcrm_sns_sqs' ) && function_exists( 'quillcrm_sns_handle_queued' );
	}

	/**
	 * One SQS call with the site's credentials.
	 *
	 * @param string               $operation receive|delete|change_visibility|attributes.
	 * @param array<string, mixed> $options   Its options.
	 * @return array<string, mixed> See quillcrm_sns_sqs() in php/stubs/.
	 */
	public static function call( string $operation, array $options = array() ): array {
		return \quillcrm_sns_sqs( $operation, Settings::queue_url(), $options + array( 'credentials' => self::credentials() ) );
	}

	/**
	 * The worker's last results: last_pull_at / last_success_at /
	 * last_error_at (Unix seconds, 0 never), last_error, last_error_detail,
	 * depth, in_flight, delayed (from GetQueueAttributes), retention
	 * (seconds), oldest_age (seconds: the oldest message seen in the last
	 * pull, by its SentTimestamp), last_via (cli|cron), credentials_source,
	 * applied, deleted, left (last run), narrow_until (Unix seconds: until
	 * then the worker takes one message per receive, see QueueWorker);
	 * dead_lettered, dead_lettered_at, dead_letter_queue,
	 * dead_letter_receives (the last run that left messages the queue's
	 * redrive policy then moves to its dead-letter queue).
	 *
	 * Several runs write it at once (slots, web nodes, WP-Cron): $fresh
	 * reads the stored value past this process's object cache.
	 *
	 * @param bool $fresh Read the database, not what this process cached.
	 * @return array<string, mixed>
	 */
	public static function status( bool $fresh = false ): array {
		if ( $fresh ) {
			wp_cache_delete( self::STATUS_OPTION, 'options' );
			$missing = wp_cache_get( 'notoptions', 'options' );
			if ( is_array( $missing ) && isset( $missing[ self::STATUS_OPTION ] ) ) {
				unset( $missing[ self::STATUS_OPTION ] );
				wp_cache_set( 'notoptions', $missing, 'options' );
			}
		}
		$status = get_option( self::STATUS_OPTION, array() );
		return ( is_array( $status ) ? $status : array() ) + array(
			'last_pull_at'       => 0,
			'last_success_at'    => 0,
			'last_error_at'      => 0,
			'last_error'         => null,
			'last_error_detail'  => '',
			'depth'              => null,
			'in_flight'          => null,
			'delayed'            => null,
			'retention'          => null,
			'oldest_age'         => null,
			'last_via'           => '',
			'credentials_source' => null,
			'applied'            => 0,
			'deleted'            => 0,
			'left'               => 0,
			'narrow_until'       => 0,
			'dead_lettered'      => 0,
			'dead_lettered_at'   => 0,
			'dead_letter_queue'  => '',
			'dead_letter_receives' => 0,
		);
	}

	/**
	 * Merges $changes into the status as stored now (another run may have
	 * written since this one read it).
	 *
	 * @param array<string, mixed> $changes New values.
	 */
	public static function update_status( array $changes ): void {
		update_option( self::STATUS_OPTION, array_merge( self::status( true ), $changes ), false );
	}

	/**
	 * Records a failure: its code and the plain detail (which never holds a
	 * credential: the extension's details quote no secret).
	 *
	 * @param string $code   Stable code.
	 * @param string $detail Sentence.
	 */
	public static function record_error( string $code, string $detail ): void {
		self::update_status(
			array(
				'last_error'        => $code,
				'last_error_detail' => $detail,
				'last_error_at'     => time(),
			)
		);
	}

	/**
	 * The problem to show, or null when the intake is healthy (or off):
	 * array{code, detail, admin: bool}.
	 *
	 * @return array{code: string, detail: string, admin: bool}|null
	 */
	public static function problem(): ?array {
		if ( 'sqs' !== Settings::intake() ) {
			return null;
		}
		if ( ! self::is_available() ) {
			return array(
				'code'   => 'queue_needs_extension',
				'detail' => __( 'This PHP runs the plugin\'s plain-PHP fallback, which cannot take messages from Amazon SQS.', 'quillcrm-bounce' ),
				'admin'  => true,
			);
		}
		if ( Settings::queue_site_moved() ) {
			return array(
				'code'   => 'queue_site_moved',
				'detail' => self::site_moved_detail(),
				'admin'  => true,
			);
		}
		$status = self::status();
		if ( null !== $status['last_error'] && $status['last_error_at'] >= $status['last_success_at'] ) {
			return array(
				'code'   => (string) $status['last_error'],
				'detail' => (string) $status['last_error_detail'],
				'admin'  => in_array( $status['last_error'], self::ADMIN_CODES, true ),
			);
		}
		if ( $status['last_success_at'] < time() - self::SILENCE ) {
			return array(
				'code'   => 'queue_worker_silent',
				'detail' => 0 === $status['last_success_at'] ? __( 'No worker has taken messages from the queue yet.', 'quillcrm-bounce' ) : /* translators: %s: a duration (10 minutes). */ sprintf( __( 'No worker has taken messages from the queue in the last %s.', 'quillcrm-bounce' ), Troubleshooting::duration( self::SILENCE ) ),
				'admin'  => false,
			);
		}
		if ( $status['dead_lettered_at'] > time() - self::DEAD_LETTER_SHOWN ) {
			return array(
				'code'   => 'queue_dead_lettered',
				'detail' => sprintf(
					_n(
						/* translators: 1: date and time, 2: how many messages, 3: maxReceiveCount, 4: queue name. */
						'On %1$s, %2$s message this site could not apply had been received as often as the queue\'s redrive policy allows (%3$s times): Amazon SQS moves it to the dead-letter queue %4$s, which this site does not read, unapplied.',
						'On %1$s, %2$s messages this site could not apply had been received as often as the queue\'s redrive policy allows (%3$s times): Amazon SQS moves them to the dead-letter queue %4$s, which this site does not read, unapplied.',
						(int) $status['dead_lettered'],
						'quillcrm-bounce'
					),
					SettingsPage::local_time( gmdate( 'Y-m-d H:i:s', (int) $status['dead_lettered_at'] ) ),
					number_format_i18n( (int) $status['dead_lettered'] ),
					number_format_i18n( (int) $status['dead_letter_receives'] ),
					(string) $status['dead_letter_queue']
				),
				// The queue still works: "needs attention", not "not taken".
				'admin'  => false,
			);
		}
		return null;
	}

	/**
	 * Why a copy of the site takes nothing from the queue (machine-facing,
	 * as the worker's other details).
	 */
	public static function site_moved_detail(): string {
		return sprintf( 'This site (%s) is not the one the queue intake was saved on; it takes nothing from the queue, so that a copy of a site never applies and deletes the messages of the site it was copied from.', (string) get_option( 'home' ) );
	}

	/**
	 * The system cron line for this site (its URL tells a multisite network
	 * which site's queue to drain).
	 */
	public static function cron_line(): string {
		return '* * * * * php ' . trailingslashit( dirname( PLUGIN_FILE ) ) . 'bin/drain.php --seconds=50 --url=' . escapeshellarg( site_url( '/' ) ) . ' >/dev/null 2>&1';
	}

	/**
	 * cron_schedules: a one-minute schedule for the WP-Cron fallback.
	 *
	 * @param array<string, array> $schedules Known schedules.
	 * @return array<string, array>
	 */
	public static function add_schedule( array $schedules ): array {
		$schedules[ self::CRON_SCHEDULE ] = array(
			'interval' => MINUTE_IN_SECONDS,
			'display'  => __( 'Every minute (QuillCRM bounce queue)', 'quillcrm-bounce' ),
		);
		return $schedules;
	}

	/**
	 * Schedules the WP-Cron fallback while the intake is sqs, removes it otherwise.
	 */
	public static function schedule(): void {
		if ( 'sqs' !== Settings::intake() ) {
			self::unschedule();
		} elseif ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			wp_schedule_event( time() + MINUTE_IN_SECONDS, self::CRON_SCHEDULE, self::CRON_HOOK );
		}
	}

	/**
	 * Removes the WP-Cron fallback (deactivation, uninstall, intake webhook).
	 */
	public static function unschedule(): void {
		wp_clear_scheduled_hook( self::CRON_HOOK );
	}

	/**
	 * The WP-Cron fallback: a short run, unless the system cron is at work.
	 */
	public static function run_from_cron(): void {
		$status = self::status();
		if ( 'cli' === $status['last_via'] && $status['last_pull_at'] > time() - self::SYSTEM_CRON_FRESH ) {
			return;
		}
		$limit  = (int) ini_get( 'max_execution_time' );
		$budget = $limit > 0 ? min( 20, intdiv( $limit, 2 ) ) : 20;
		QueueWorker::run( max( 5, $budget ), true, 'cron', 'cron' );
	}
}
