<?php
/**
 * The plugin's stored settings: webhook key, soft bounce threshold, accepted topics.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and writes the options. Every option the plugin creates is listed
 * here (and deleted by uninstall.php).
 */
final class Settings {

	/** The secret `key` query argument of the webhook URL (48 hex characters). */
	public const KEY_OPTION = 'quillcrm_bounce_webhook_key';

	/** Consecutive soft bounces that make a contact bounced (int, default 3). */
	public const THRESHOLD_OPTION = 'quillcrm_bounce_soft_threshold';

	/**
	 * SNS TopicArns accepted by the webhook (list of strings). Its value is
	 * the pinning state, written explicitly:
	 *
	 * - a non-empty list: pinned, only these topics are accepted;
	 * - an empty list: pending, the next confirmed subscription pins its
	 *   topic, and until then no notification is applied;
	 * - anything else (missing, not a list, an invalid entry): unreadable,
	 *   every delivery is answered 503 until the settings are saved again.
	 */
	public const TOPICS_OPTION = 'quillcrm_bounce_accepted_topics';

	/** BouncePolicy rows: "Type/SubType" => hard|soft|none. */
	public const POLICY_OPTION = 'quillcrm_bounce_policy';

	/** Count only soft bounces of mails sent in the last N days (0: no limit). */
	public const WINDOW_OPTION = 'quillcrm_bounce_soft_window_days';

	/** What a complaint does: complained (default) or unsubscribed. */
	public const COMPLAINT_ACTION_OPTION = 'quillcrm_bounce_complaint_action';

	/** The lowest SignatureVersion accepted: 1 (default) or 2. */
	public const SIGNATURE_VERSION_OPTION = 'quillcrm_bounce_min_signature_version';

	/** When a SignatureVersion 2 message from an accepted topic was first verified (UTC, '' never). */
	public const SIGNATURE_V2_SEEN_OPTION = 'quillcrm_bounce_signature_v2_seen_at';

	/**
	 * When a bounce, complaint or delivery notification last arrived (Unix
	 * seconds; written at most once per NOTIFICATION_NOTE_EVERY): kept
	 * whatever the log's retention, for "none for 7 days".
	 */
	public const LAST_NOTIFICATION_OPTION = 'quillcrm_bounce_last_notification_at';

	/** How stale LAST_NOTIFICATION_OPTION may get before it is written again, in seconds. */
	private const NOTIFICATION_NOTE_EVERY = 3600;

	/** Days of delivery log and recipient history kept (int, default 90). */
	public const LOG_RETENTION_OPTION = 'quillcrm_bounce_log_retention_days';

	/** The rates are estimated over this many of the latest sends (int, default 10,000). */
	public const RATE_SAMPLE_OPTION = 'quillcrm_bounce_rate_sample';

	/** Alert above this estimated bounce rate, in percent (float, default 2). */
	public const BOUNCE_ALERT_OPTION = 'quillcrm_bounce_bounce_rate_alert';

	/** Alert above this estimated complaint rate, in percent (float, default 0.05). */
	public const COMPLAINT_ALERT_OPTION = 'quillcrm_bounce_complaint_rate_alert';

	/**
	 * The secret key of the suppression markers' keyed hashes (64 hex
	 * characters, not autoloaded; never shown).
	 */
	public const HASH_KEY_OPTION = 'quillcrm_bounce_hash_key';

	/** How notifications arrive: webhook (default) or sqs. */
	public const INTAKE_OPTION = 'quillcrm_bounce_intake';

	/** The SQS queue URL of the sqs intake ('' when none). */
	public const QUEUE_URL_OPTION = 'quillcrm_bounce_queue_url';

	/**
	 * A fingerprint of the site the SQS intake was saved on: a copy of the
	 * database (staging, a clone) must not drain the production queue.
	 */
	public const QUEUE_SITE_OPTION = 'quillcrm_bounce_queue_site';

	/** The intakes. */
	public const INTAKES = array( 'webhook', 'sqs' );

	public const DEFAULT_THRESHOLD = 3;
	public const DEFAULT_LOG_DAYS  = 90;
	public const MAX_LOG_DAYS      = 3650;
	public const DEFAULT_SAMPLE    = 10000;
	public const MIN_SAMPLE        = 100;
	public const MAX_SAMPLE        = 1000000;
	public const DEFAULT_BOUNCE_ALERT    = 2.0;
	public const DEFAULT_COMPLAINT_ALERT = 0.05;
	public const MAX_THRESHOLD     = 100;
	public const MAX_WINDOW_DAYS   = 365;

	/** The complaint actions. */
	public const COMPLAINT_ACTIONS = array( 'complained', 'unsubscribed' );

	/**
	 * Creates the options that do not exist yet; the key from random_bytes().
	 */
	public static function add_defaults(): void {
		if ( '' === self::key() ) {
			self::regenerate_key();
		}
		add_option( self::THRESHOLD_OPTION, self::DEFAULT_THRESHOLD, '', true );
		add_option( self::TOPICS_OPTION, array(), '', true );
		add_option( self::POLICY_OPTION, BouncePolicy::DEFAULTS, '', true );
		add_option( self::WINDOW_OPTION, 0, '', true );
		add_option( self::COMPLAINT_ACTION_OPTION, 'complained', '', true );
		add_option( self::SIGNATURE_VERSION_OPTION, 1, '', true );
		add_option( self::SIGNATURE_V2_SEEN_OPTION, '', '', true );
		add_option( self::LOG_RETENTION_OPTION, self::DEFAULT_LOG_DAYS, '', true );
		add_option( self::RATE_SAMPLE_OPTION, self::DEFAULT_SAMPLE, '', true );
		add_option( self::BOUNCE_ALERT_OPTION, self::DEFAULT_BOUNCE_ALERT, '', true );
		add_option( self::COMPLAINT_ALERT_OPTION, self::DEFAULT_COMPLAINT_ALERT, '', true );
		Subscription::add_default();
	}

	/**
	 * The webhook key, '' when none was generated yet (then every delivery is
	 * rejected by the extension).
	 */
	public static function key(): string {
		$key = get_option( self::KEY_OPTION, '' );
		return is_string( $key ) ? $key : '';
	}

	/**
	 * Replaces the webhook key; the old one stops working on the next request.
	 *
	 * @return string The new key.
	 */
	public static function regenerate_key(): string {
		$key = bin2hex( random_bytes( 24 ) );
		update_option( self::KEY_OPTION, $key, true );
		return $key;
	}

	/**
	 * Whether a key received in a request is the site's key (constant time).
	 *
	 * @param mixed $received The `key` query argument as received.
	 */
	public static function key_matches( $received ): bool {
		$key = self::key();
		return '' !== $key && is_string( $received ) && hash_equals( $key, $received );
	}

	/**
	 * The webhook URL SNS must be subscribed to, key included.
	 */
	public static function webhook_url(): string {
		return add_query_arg(
			array(
				'quillcrm_webhook' => 'bounce',
				'provider'         => Webhook::PROVIDER,
				'key'              => self::key(),
			),
			home_url( '/' )
		);
	}

	/**
	 * The stored threshold, before the filter.
	 */
	public static function stored_soft_threshold(): int {
		return self::clamp_threshold( get_option( self::THRESHOLD_OPTION, self::DEFAULT_THRESHOLD ) );
	}

	/**
	 * Consecutive soft bounces that turn a contact into bounced.
	 * Filter: `quillcrm_bounce_soft_threshold`.
	 */
	public static function soft_threshold(): int {
		/**
		 * Filters the number of consecutive soft bounces after which a
		 * contact is marked bounced.
		 *
		 * @param int $threshold The stored setting (default 3).
		 */
		return self::clamp_threshold( apply_filters( 'quillcrm_bounce_soft_threshold', self::stored_soft_threshold() ) );
	}

	/**
	 * Saves the threshold setting.
	 *
	 * @param mixed $value Submitted value.
	 */
	public static function save_soft_threshold( $value ): void {
		update_option( self::THRESHOLD_OPTION, self::clamp_threshold( $value ), true );
	}

	/**
	 * The bounce policy, every row (see BouncePolicy).
	 *
	 * @return array<string, string>
	 */
	public static function policy(): array {
		return BouncePolicy::from_stored( get_option( self::POLICY_OPTION, BouncePolicy::DEFAULTS ) );
	}

	/**
	 * Saves the bounce policy (unknown rows and values are dropped).
	 *
	 * @param array<string, mixed> $submitted Row => hard|soft|none.
	 */
	public static function save_policy( array $submitted ): void {
		update_option( self::POLICY_OPTION, BouncePolicy::from_stored( $submitted ), true );
	}

	/**
	 * Days of soft bounces that count (0: no limit).
	 */
	public static function soft_window_days(): int {
		return max( 0, min( self::MAX_WINDOW_DAYS, (int) get_option( self::WINDOW_OPTION, 0 ) ) );
	}

	/**
	 * Saves the soft bounce window.
	 *
	 * @param int $days Days, 0 for no limit.
	 */
	public static function save_soft_window_days( int $days ): void {
		update_option( self::WINDOW_OPTION, max( 0, min( self::MAX_WINDOW_DAYS, $days ) ), true );
	}

	/**
	 * What a complaint does to a contact: complained or unsubscribed.
	 */
	public static function complaint_action(): string {
		$action = get_option( self::COMPLAINT_ACTION_OPTION, 'complained' );
		return in_array( $action, self::COMPLAINT_ACTIONS, true ) ? $action : 'complained';
	}

	/**
	 * Saves the complaint action (anything else is ignored).
	 *
	 * @param string $action complained|unsubscribed.
	 */
	public static function save_complaint_action( string $action ): void {
		if ( in_array( $action, self::COMPLAINT_ACTIONS, true ) ) {
			update_option( self::COMPLAINT_ACTION_OPTION, $action, true );
		}
	}

	/**
	 * The lowest SignatureVersion the webhook accepts: 1 or 2.
	 */
	public static function min_signature_version(): int {
		return 2 === (int) get_option( self::SIGNATURE_VERSION_OPTION, 1 ) ? 2 : 1;
	}

	/**
	 * When a SignatureVersion 2 message from an accepted topic was first
	 * verified (UTC), or '' when none was.
	 */
	public static function signature_v2_seen_at(): string {
		return (string) get_option( self::SIGNATURE_V2_SEEN_OPTION, '' );
	}

	/**
	 * Records that a notification arrived (an autoloaded option read; a
	 * write at most once an hour).
	 *
	 * @param int $now Unix seconds.
	 */
	public static function note_notification( int $now ): void {
		if ( $now - self::last_notification_at() >= self::NOTIFICATION_NOTE_EVERY ) {
			update_option( self::LAST_NOTIFICATION_OPTION, $now, true );
		}
	}

	/**
	 * When a notification last arrived (at most an hour off), 0 when none did.
	 */
	public static function last_notification_at(): int {
		return (int) get_option( self::LAST_NOTIFICATION_OPTION, 0 );
	}

	/**
	 * Records the first verified SignatureVersion 2 message (one write, once).
	 */
	public static function note_signature_v2_seen(): void {
		if ( '' === self::signature_v2_seen_at() ) {
			update_option( self::SIGNATURE_V2_SEEN_OPTION, gmdate( 'Y-m-d H:i:s' ), true );
		}
	}

	/**
	 * Requires SignatureVersion 2, or allows 1 again. Requiring it is only
	 * possible once a version-2 message from an accepted topic verified:
	 * before that, every genuine delivery would be refused.
	 *
	 * @param bool $required Require version 2.
	 * @return bool Whether the setting is now as asked.
	 */
	public static function require_signature_v2( bool $required ): bool {
		if ( $required && '' === self::signature_v2_seen_at() ) {
			return false;
		}
		update_option( self::SIGNATURE_VERSION_OPTION, $required ? 2 : 1, true );
		return true;
	}

	/**
	 * Adds a topic to the accepted ones (an explicit admin action).
	 *
	 * @param string $topic_arn A TopicArn.
	 */
	public static function add_accepted_topic( string $topic_arn ): void {
		$topics = self::accepted_topics() ?? array();
		if ( ! in_array( $topic_arn, $topics, true ) ) {
			$topics[] = $topic_arn;
			self::save_accepted_topics( $topics );
		}
	}

	/**
	 * The accepted TopicArns: empty while pending (until the first
	 * subscription is confirmed), null when the option cannot be read, in
	 * which case no topic may be accepted (fail closed).
	 *
	 * @return string[]|null
	 */
	public static function accepted_topics(): ?array {
		return self::valid_topics( get_option( self::TOPICS_OPTION, null ) );
	}

	/**
	 * The accepted topics as stored now, past this process's option cache:
	 * a queue worker runs for up to an hour, and a topic accepted (or
	 * removed) meanwhile counts from its next receive.
	 *
	 * @return string[]|null As accepted_topics().
	 * @throws DatabaseError When the option cannot be read.
	 */
	public static function accepted_topics_now(): ?array {
		global $wpdb;
		$stored = $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", self::TOPICS_OPTION ) );
		if ( '' !== (string) $wpdb->last_error ) {
			throw DatabaseError::from_wpdb( 'reading the accepted topics' );
		}
		return self::valid_topics( null === $stored ? null : maybe_unserialize( $stored ) );
	}

	/**
	 * A stored topics list when every entry is a topic ARN, else null.
	 *
	 * @param mixed $topics The stored value.
	 * @return string[]|null
	 */
	private static function valid_topics( $topics ): ?array {
		if ( ! is_array( $topics ) || ! array_is_list( $topics ) ) {
			return null;
		}
		foreach ( $topics as $topic ) {
			// Unknown (null) without the extension: then no delivery is
			// verified anyway, and the stored list was checked when saved.
			if ( ! is_string( $topic ) || false === Extension::is_topic_arn( $topic ) ) {
				return null;
			}
		}
		return $topics;
	}

	/**
	 * Replaces the accepted topics. An empty list means pending: the next
	 * confirmed subscription pins its topic.
	 *
	 * @param string[] $topics Valid ARNs (from parse_topics()).
	 */
	public static function save_accepted_topics( array $topics ): void {
		update_option( self::TOPICS_OPTION, array_values( array_unique( $topics ) ), true );
	}

	/**
	 * Topic pinning: accepts $topic_arn when no topic is accepted yet (the
	 * stored value is exactly the empty list). One conditional UPDATE, so of
	 * two concurrent first confirmations only one pins its topic.
	 *
	 * @param string $topic_arn A TopicArn of a message the extension verified.
	 * @return bool True when this call pinned the topic.
	 * @throws DatabaseError When the UPDATE fails.
	 */
	public static function pin_topic( string $topic_arn ): bool {
		global $wpdb;
		// Values serialized as update_option() stores them.
		$updated = $wpdb->query(
			$wpdb->prepare(
				"UPDATE {$wpdb->options} SET option_value = %s WHERE option_name = %s AND option_value = %s", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the core options table name.
				maybe_serialize( array( $topic_arn ) ),
				self::TOPICS_OPTION,
				maybe_serialize( array() )
			)
		);
		if ( false === $updated ) {
			throw DatabaseError::from_wpdb( 'pinning the accepted topic' );
		}
		// The options cache of this request holds the old value.
		wp_cache_delete( 'alloptions', 'options' );
		wp_cache_delete( self::TOPICS_OPTION, 'options' );
		return 1 === $updated;
	}

	/**
	 * Splits the accepted-topics textarea into valid ARNs and rejected lines,
	 * by the extension's rule (every line is rejected without it).
	 *
	 * @param string $text One ARN per line (already unslashed).
	 * @return array{0: string[], 1: string[]} [valid, rejected]
	 */
	public static function parse_topics( string $text ): array {
		$valid    = array();
		$rejected = array();
		foreach ( preg_split( '/\R/', $text ) as $line ) {
			$line = trim( $line );
			if ( '' === $line ) {
				continue;
			}
			if ( true === Extension::is_topic_arn( $line ) ) {
				$valid[] = $line;
			} else {
				$rejected[] = $line;
			}
		}
		return array( array_values( array_unique( $valid ) ), $rejected );
	}

	/**
	 * Days of delivery log and recipient history kept: the setting, then the
	 * filter `quillcrm_bounce_log_retention_days`.
	 */
	public static function log_retention_days(): int {
		$days = self::stored_log_retention_days();
		/**
		 * Filters the days of delivery log and recipient history kept.
		 *
		 * @param int $days The setting (default 90).
		 */
		return max( 1, (int) apply_filters( 'quillcrm_bounce_log_retention_days', $days ) );
	}

	/**
	 * The stored retention setting, before the filter.
	 */
	public static function stored_log_retention_days(): int {
		return self::clamp( get_option( self::LOG_RETENTION_OPTION, self::DEFAULT_LOG_DAYS ), 1, self::MAX_LOG_DAYS, self::DEFAULT_LOG_DAYS );
	}

	/**
	 * Saves the retention setting.
	 *
	 * @param mixed $days Submitted value.
	 */
	public static function save_log_retention_days( $days ): void {
		update_option( self::LOG_RETENTION_OPTION, self::clamp( $days, 1, self::MAX_LOG_DAYS, self::DEFAULT_LOG_DAYS ), true );
	}

	/**
	 * How many of the latest sends the rates are estimated over.
	 */
	public static function rate_sample(): int {
		return self::clamp( get_option( self::RATE_SAMPLE_OPTION, self::DEFAULT_SAMPLE ), self::MIN_SAMPLE, self::MAX_SAMPLE, self::DEFAULT_SAMPLE );
	}

	/**
	 * The alert thresholds, in percent.
	 *
	 * @return array{bounce: float, complaint: float}
	 */
	public static function rate_alerts(): array {
		return array(
			'bounce'    => self::percent( get_option( self::BOUNCE_ALERT_OPTION, self::DEFAULT_BOUNCE_ALERT ), self::DEFAULT_BOUNCE_ALERT ),
			'complaint' => self::percent( get_option( self::COMPLAINT_ALERT_OPTION, self::DEFAULT_COMPLAINT_ALERT ), self::DEFAULT_COMPLAINT_ALERT ),
		);
	}

	/**
	 * Saves the rate settings (a value that is not a number keeps the old one).
	 *
	 * @param mixed $sample    Sends.
	 * @param mixed $bounce    Percent.
	 * @param mixed $complaint Percent.
	 */
	public static function save_rate_settings( $sample, $bounce, $complaint ): void {
		if ( is_numeric( $sample ) ) {
			update_option( self::RATE_SAMPLE_OPTION, self::clamp( $sample, self::MIN_SAMPLE, self::MAX_SAMPLE, self::DEFAULT_SAMPLE ), true );
		}
		if ( is_numeric( $bounce ) ) {
			update_option( self::BOUNCE_ALERT_OPTION, self::percent( $bounce, self::DEFAULT_BOUNCE_ALERT ), true );
		}
		if ( is_numeric( $complaint ) ) {
			update_option( self::COMPLAINT_ALERT_OPTION, self::percent( $complaint, self::DEFAULT_COMPLAINT_ALERT ), true );
		}
	}

	/**
	 * How notifications arrive: webhook (default) or sqs.
	 */
	public static function intake(): string {
		return 'sqs' === get_option( self::INTAKE_OPTION, 'webhook' ) ? 'sqs' : 'webhook';
	}

	/**
	 * The queue URL of the sqs intake, '' when none is set.
	 */
	public static function queue_url(): string {
		$url = get_option( self::QUEUE_URL_OPTION, '' );
		return is_string( $url ) ? $url : '';
	}

	/**
	 * Saves the intake and its queue URL. A new URL is checked by the
	 * extension's rule (quillcrm_sns_is_queue_url()); without the extension
	 * no new URL can be checked, and none is saved, but the intake can
	 * still go back to the webhook with the stored URL left as it is.
	 *
	 * @param string $intake    webhook|sqs.
	 * @param string $queue_url Submitted URL ('' keeps none).
	 * @return string|null An error code when not saved as asked, else null.
	 */
	public static function save_intake( string $intake, string $queue_url ): ?string {
		$intake    = in_array( $intake, self::INTAKES, true ) ? $intake : 'webhook';
		$queue_url = trim( $queue_url );
		if ( 'sqs' === $intake && ! QueueIntake::is_available() ) {
			return 'queue_needs_extension';
		}
		if ( '' !== $queue_url && self::queue_url() !== $queue_url ) {
			if ( ! function_exists( 'quillcrm_sns_is_queue_url' ) ) {
				return 'queue_needs_extension';
			}
			if ( ! \quillcrm_sns_is_queue_url( $queue_url ) ) {
				return 'invalid_queue_url';
			}
		}
		$queue_url = '' === $queue_url ? self::queue_url() : $queue_url;
		if ( 'sqs' === $intake && '' === $queue_url ) {
			return 'invalid_queue_url';
		}
		if ( 'sqs' === $intake && in_array( $queue_url, self::other_sites_queues(), true ) ) {
			return 'queue_used_by_other_site';
		}
		if ( '' !== $queue_url ) {
			update_option( self::QUEUE_URL_OPTION, $queue_url, false );
		}
		update_option( self::INTAKE_OPTION, $intake, true );
		if ( 'sqs' === $intake ) {
			update_option( self::QUEUE_SITE_OPTION, self::site_fingerprint(), true );
		}
		return null;
	}

	/**
	 * The queues the other sites of this (multisite) installation take their
	 * messages from (intake sqs): an SQS message goes to one consumer, so two
	 * sites draining one queue would each take the other's messages (and
	 * delete those of a topic it does not accept). Read with one small query
	 * a site, without loading its options; archived, deleted and spam sites
	 * do not count.
	 *
	 * @return string[] Queue URLs.
	 */
	public static function other_sites_queues(): array {
		global $wpdb;
		if ( ! is_multisite() ) {
			return array();
		}
		$queues = array();
		$sites  = get_sites(
			array(
				'fields'       => 'ids',
				'number'       => 0,
				'site__not_in' => array( get_current_blog_id() ),
				'archived'     => 0,
				'deleted'      => 0,
				'spam'         => 0,
			)
		);
		foreach ( $sites as $site_id ) {
			$values = $wpdb->get_results(
				$wpdb->prepare(
					// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- a site's table name, not user input.
					'SELECT option_name, option_value FROM ' . $wpdb->get_blog_prefix( (int) $site_id ) . 'options WHERE option_name IN (%s, %s)',
					self::INTAKE_OPTION,
					self::QUEUE_URL_OPTION
				),
				OBJECT_K
			);
			if ( 'sqs' === ( $values[ self::INTAKE_OPTION ]->option_value ?? '' ) && isset( $values[ self::QUEUE_URL_OPTION ] ) ) {
				$queues[] = (string) $values[ self::QUEUE_URL_OPTION ]->option_value;
			}
		}
		return $queues;
	}

	/**
	 * The fingerprint of the site the queue intake belongs to, as saved (a
	 * site that chose the queue before it was recorded adopts its own at the
	 * first call).
	 */
	private static function queue_site(): string {
		$site = get_option( self::QUEUE_SITE_OPTION, '' );
		if ( ! is_string( $site ) || '' === $site ) {
			$site = self::site_fingerprint();
			update_option( self::QUEUE_SITE_OPTION, $site, true );
		}
		return $site;
	}

	/**
	 * Whether this site is not the one the queue intake was saved on (its
	 * database was copied to another address).
	 */
	public static function queue_site_moved(): bool {
		return 'sqs' === self::intake() && ! hash_equals( self::queue_site(), self::site_fingerprint() );
	}

	/**
	 * This site's address as the queue binding compares it: a hash of the
	 * stored home address (not home_url(), which follows the request's
	 * scheme) without its scheme, lower-cased host, port and path without
	 * a trailing slash, so that a move to HTTPS is the same site; a hash,
	 * so that the search-and-replace of a site's URL that copying a site
	 * ends with does not rewrite it to the copy's.
	 */
	private static function site_fingerprint(): string {
		$home  = (string) get_option( 'home' );
		$parts = wp_parse_url( $home );
		$where = is_array( $parts )
			? strtolower( (string) ( $parts['host'] ?? '' ) ) . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' ) . rtrim( (string) ( $parts['path'] ?? '' ), '/' )
			: $home;
		return 'sha256:' . hash( 'sha256', $where );
	}

	/**
	 * The key of the suppression markers' hashes, made on first use.
	 */
	public static function hash_key(): string {
		$key = get_option( self::HASH_KEY_OPTION, '' );
		if ( ! is_string( $key ) || 64 !== strlen( $key ) ) {
			$key = bin2hex( random_bytes( 32 ) );
			update_option( self::HASH_KEY_OPTION, $key, false );
		}
		return $key;
	}

	/**
	 * An integer setting between $min and $max.
	 *
	 * @param mixed $value   Candidate.
	 * @param int   $min     Lowest.
	 * @param int   $max     Highest.
	 * @param int   $default When not a number.
	 */
	private static function clamp( $value, int $min, int $max, int $default ): int {
		$value = is_numeric( $value ) ? (int) $value : $default;
		return max( $min, min( $max, $value ) );
	}

	/**
	 * A percentage between 0.001 and 100.
	 *
	 * @param mixed $value   Candidate.
	 * @param float $default When not a number.
	 */
	private static function percent( $value, float $default ): float {
		$value = is_numeric( $value ) ? (float) $value : $default;
		return max( 0.001, min( 100.0, round( $value, 3 ) ) );
	}

	/**
	 * Threshold between 1 and MAX_THRESHOLD.
	 *
	 * @param mixed $value Candidate.
	 */
	private static function clamp_threshold( $value ): int {
		return self::clamp( $value, 1, self::MAX_THRESHOLD, self::DEFAULT_THRESHOLD );
	}
}
