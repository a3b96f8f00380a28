<?php
/**
 * Tools → Site Health: the plugin's tests and its section of Info.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * One Site Health test per concern (`site_status_tests`, direct tests),
 * each good / recommended / critical with a plain explanation and the fix
 * (from Troubleshooting), and a section of Site Health → Info
 * (`debug_information`) with versions and settings, never the webhook key.
 * The Bounce Handling page's status line is made from the same results.
 */
final class SiteHealth {

	/** A notification should have arrived within this long, once some did. */
	public const NOTIFICATION_SILENCE = 7 * DAY_IN_SECONDS;

	/** Rejections looked at. */
	public const REJECTION_WINDOW = DAY_IN_SECONDS;

	/** Rejections an admin can fix, in the order they are shown. */
	public const ACTIONABLE_REJECTIONS = array( 'raw_message_delivery', 'topic_not_allowed', 'signature_version_not_allowed', 'invalid_signature', 'stale_message' );

	/**
	 * The tests: id => method.
	 */
	private const TESTS = array(
		'quillcrm_bounce_extension'              => 'test_extension',
		'quillcrm_bounce_test_trust'             => 'test_test_trust',
		'quillcrm_bounce_rates'                  => 'test_rates',
		'quillcrm_bounce_subscription'           => 'test_subscription',
		'quillcrm_bounce_queue'                  => 'test_queue',
		'quillcrm_bounce_recent_notifications'   => 'test_recent_notifications',
		'quillcrm_bounce_rejections'             => 'test_rejections',
		'quillcrm_bounce_delivery_notifications' => 'test_delivery_notifications',
		'quillcrm_bounce_tables'                 => 'test_tables',
		'quillcrm_bounce_certificate_cache'      => 'test_certificate_cache',
	);

	/**
	 * site_status_tests: adds the direct tests.
	 *
	 * @param array<string, array> $tests Core's tests.
	 * @return array<string, array>
	 */
	public static function register_tests( array $tests ): array {
		foreach ( self::TESTS as $id => $method ) {
			$tests['direct'][ $id ] = array(
				'label' => __( 'QuillCRM Bounce Handling', 'quillcrm-bounce' ),
				'test'  => array( self::class, $method ),
			);
		}
		return $tests;
	}

	/**
	 * Every test's result, in order (for the status line).
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public static function results(): array {
		$results = array();
		foreach ( self::TESTS as $method ) {
			$results[] = self::$method();
		}
		return $results;
	}

	/**
	 * Which implementation verifies deliveries: the extension (good), the
	 * plain-PHP fallback (recommended: it works, slower), or none (critical).
	 */
	public static function test_extension(): array {
		$id   = 'quillcrm_bounce_extension';
		$info = Extension::info();
		if ( null === $info ) {
			return self::result( $id, 'critical', __( 'Nothing can verify Amazon SNS deliveries', 'quillcrm-bounce' ), Extension::unavailable_explanation(), Troubleshooting::fix( 'extension_missing' ) );
		}
		if ( ! Extension::is_native() ) {
			return self::result( $id, 'recommended', __( 'The plugin\'s plain-PHP fallback verifies Amazon SNS deliveries', 'quillcrm-bounce' ), Extension::fallback_explanation(), Troubleshooting::fix( 'fallback_in_use' ) );
		}
		return self::result(
			$id,
			'good',
			/* translators: %s: version. */
			sprintf( __( 'The quillcrm_sns PHP extension %s verifies Amazon SNS deliveries', 'quillcrm-bounce' ), (string) $info['version'] ),
			__( 'It verifies the signature of every Amazon SNS delivery before the plugin applies it.', 'quillcrm-bounce' )
		);
	}

	/**
	 * The TEST-ONLY trust directives are off.
	 */
	public static function test_test_trust(): array {
		if ( Extension::test_trust_enabled() ) {
			return self::result( 'quillcrm_bounce_test_trust', 'critical', __( 'Test-only trust is on', 'quillcrm-bounce' ), Extension::test_trust_warning(), Troubleshooting::fix( 'test_trust_on' ) );
		}
		return self::result( 'quillcrm_bounce_test_trust', 'good', __( 'Test-only trust is off', 'quillcrm-bounce' ), __( 'Only certificates fetched over verified HTTPS from Amazon SNS are trusted.', 'quillcrm-bounce' ) );
	}

	/**
	 * The hourly rate check found no rate above its alert level (its stored
	 * result: the test itself runs no query over the sends), and it runs.
	 */
	public static function test_rates(): array {
		$id     = 'quillcrm_bounce_rates';
		$alerts = Rates::stored_alerts();
		if ( array() === $alerts && Rates::is_overdue() ) {
			$last = Rates::last_checked_at();
			return self::result(
				$id,
				'recommended',
				__( 'The hourly bounce and complaint rate check is not running', 'quillcrm-bounce' ),
				null === $last
					? __( 'It has never run, so no rate alert can be raised.', 'quillcrm-bounce' )
					/* translators: %s: how long ago, e.g. "3 hours". */
					: sprintf( __( 'It last ran %s ago, so no new rate alert can be raised.', 'quillcrm-bounce' ), human_time_diff( $last ) ),
				Troubleshooting::fix( 'rate_check_overdue' )
			);
		}
		if ( array() === $alerts && ! Rates::deliveries_on() ) {
			return self::result( $id, 'recommended', __( 'No bounce or complaint rate can be estimated', 'quillcrm-bounce' ), /* translators: %s: a duration (30 days). */ sprintf( __( 'No Delivery notification arrived in the last %s, so the number of mails sent is unknown and no rate alert can be raised.', 'quillcrm-bounce' ), Troubleshooting::duration( Rates::DELIVERY_SILENCE ) ), Troubleshooting::fix( 'no_delivery_notifications' ) );
		}
		if ( array() === $alerts ) {
			return self::result( $id, 'good', __( 'No bounce or complaint rate is above its alert level', 'quillcrm-bounce' ), __( 'The rates are estimated hourly over the last sends, the way AWS estimates them, once there are at least 100.', 'quillcrm-bounce' ) );
		}
		return self::result( $id, 'critical', __( 'A bounce or complaint rate is above its alert level', 'quillcrm-bounce' ), implode( ' ', array_map( array( Rates::class, 'sentence' ), $alerts ) ), Troubleshooting::fix( 'rate_alert' ) );
	}

	/**
	 * A subscription is confirmed and a topic pinned.
	 */
	public static function test_subscription(): array {
		$id     = 'quillcrm_bounce_subscription';
		$topics = Settings::accepted_topics();
		if ( null === $topics ) {
			return self::result( $id, 'critical', __( 'The accepted SNS topics cannot be read', 'quillcrm-bounce' ), __( 'Every delivery is answered 503 until topic ARNs are entered on the Bounce Handling page (or "Accept no topic" is ticked) and saved.', 'quillcrm-bounce' ), Troubleshooting::fix( 'settings_unreadable' ) );
		}
		// Under the queue intake the webhook's subscriptions are history: the
		// old one is often deleted on purpose when the queue takes over.
		if ( 'sqs' === Settings::intake() ) {
			return self::queue_subscription( $id, $topics );
		}
		if ( Subscription::is_confirmed( $topics ) ) {
			return self::result( $id, 'good', __( 'The Amazon SNS subscription is confirmed and its topic pinned', 'quillcrm-bounce' ), __( 'Only notifications from the accepted topics are applied.', 'quillcrm-bounce' ) );
		}
		foreach ( Subscription::all() as $entry ) {
			if ( 'unsubscribed' === ( $entry['state'] ?? '' ) ) {
				return self::result( $id, 'critical', __( 'The Amazon SNS subscription was deleted', 'quillcrm-bounce' ), __( 'Amazon SNS sent an UnsubscribeConfirmation: no bounce or complaint reaches this site any more.', 'quillcrm-bounce' ), Troubleshooting::fix( 'unsubscribed' ) );
			}
		}
		if ( array() === $topics ) {
			return self::result( $id, 'recommended', __( 'No Amazon SNS topic is accepted yet', 'quillcrm-bounce' ), __( 'Until a subscription is confirmed, every bounce, complaint and delivery notification is refused (403).', 'quillcrm-bounce' ), Troubleshooting::fix( 'not_subscribed' ) );
		}
		return self::result( $id, 'recommended', __( 'No Amazon SNS subscription is confirmed yet', 'quillcrm-bounce' ), __( 'A topic is accepted, but no subscription to it has been confirmed here.', 'quillcrm-bounce' ), Troubleshooting::fix( 'not_subscribed' ) );
	}

	/**
	 * The subscription under the SQS intake: SNS delivers to the queue, and
	 * a subscription made from the queue's own AWS account needs no
	 * confirmation here, so only an accepted topic is asked for (the AWS
	 * checks read the subscription's state at AWS).
	 *
	 * @param string   $id     The test's id.
	 * @param string[] $topics The accepted topics.
	 */
	private static function queue_subscription( string $id, array $topics ): array {
		if ( array() === $topics ) {
			return self::result( $id, 'recommended', __( 'No Amazon SNS topic is accepted yet', 'quillcrm-bounce' ), __( 'The worker takes nothing from the queue until a topic is accepted; the messages wait there.', 'quillcrm-bounce' ), Troubleshooting::fix( 'queue_no_topic' ) );
		}
		return self::result( $id, 'good', __( 'Notifications come through the Amazon SQS queue from an accepted topic', 'quillcrm-bounce' ), __( 'Only notifications from the accepted topics are applied. The AWS checks read the queue\'s subscription at Amazon SNS.', 'quillcrm-bounce' ) );
	}

	/**
	 * The SQS queue intake: the worker pulls, and nothing needs the admin.
	 */
	public static function test_queue(): array {
		$id = 'quillcrm_bounce_queue';
		if ( 'sqs' !== Settings::intake() ) {
			return self::result( $id, 'good', __( 'Notifications arrive through the HTTPS webhook', 'quillcrm-bounce' ), __( 'No Amazon SQS queue is used.', 'quillcrm-bounce' ) );
		}
		$problem = QueueIntake::problem();
		if ( null !== $problem ) {
			return self::result(
				$id,
				$problem['admin'] ? 'critical' : 'recommended',
				$problem['admin'] ? __( 'Bounces are not taken from the Amazon SQS queue', 'quillcrm-bounce' ) : __( 'The Amazon SQS queue worker needs attention', 'quillcrm-bounce' ),
				$problem['code'] . ': ' . $problem['detail'],
				Troubleshooting::fix( $problem['code'] )
			);
		}
		$status = QueueIntake::status();
		return self::result(
			$id,
			'good',
			__( 'The Amazon SQS queue worker is taking messages', 'quillcrm-bounce' ),
			/* translators: 1: messages waiting, 2: how long ago. */
			sprintf( _n( '%1$s message waiting; the last successful pull was %2$s ago.', '%1$s messages waiting; the last successful pull was %2$s ago.', (int) $status['depth'], 'quillcrm-bounce' ), number_format_i18n( (int) $status['depth'] ), human_time_diff( (int) $status['last_success_at'] ) )
		);
	}

	/**
	 * Notifications keep arriving (recommended, not critical, when a site
	 * that used to receive them has received none for 7 days).
	 */
	public static function test_recent_notifications(): array {
		$id   = 'quillcrm_bounce_recent_notifications';
		$last = self::last_notification_at();
		if ( null === $last ) {
			return self::result( $id, 'good', __( 'No Amazon SES notification has been received yet', 'quillcrm-bounce' ), /* translators: %s: a duration (7 days). */ sprintf( __( 'This test warns when a site that used to receive bounce, complaint or delivery notifications receives none for %s.', 'quillcrm-bounce' ), Troubleshooting::duration( self::NOTIFICATION_SILENCE ) ) );
		}
		/* translators: %s: how long ago, e.g. "3 hours". */
		$ago = sprintf( __( '%s ago', 'quillcrm-bounce' ), human_time_diff( $last ) );
		if ( $last < time() - self::NOTIFICATION_SILENCE ) {
			return self::result(
				$id,
				'recommended',
				/* translators: %s: a duration (7 days). */
				sprintf( __( 'No Amazon SES notification for %s', 'quillcrm-bounce' ), Troubleshooting::duration( self::NOTIFICATION_SILENCE ) ),
				/* translators: %s: how long ago. */
				sprintf( __( 'The last bounce, complaint or delivery notification was received %s. A site that sends mail normally gets some every week: the subscription or the SES notification settings may have changed.', 'quillcrm-bounce' ), $ago ),
				Troubleshooting::fix( 'no_recent_notifications' )
			);
		}
		return self::result(
			$id,
			'good',
			__( 'Amazon SES notifications are arriving', 'quillcrm-bounce' ),
			/* translators: %s: how long ago. */
			sprintf( __( 'The last one was received %s.', 'quillcrm-bounce' ), $ago )
		);
	}

	/**
	 * Deliveries refused in the last 24 hours for a reason the admin can fix.
	 */
	public static function test_rejections(): array {
		$id     = 'quillcrm_bounce_rejections';
		$counts = self::recent_rejections();
		if ( array() === $counts ) {
			return self::result( $id, 'good', /* translators: %s: a duration (24 hours). */ sprintf( __( 'No delivery was refused for a reason you can fix in the last %s', 'quillcrm-bounce' ), Troubleshooting::duration( self::REJECTION_WINDOW ) ), __( 'Raw message delivery, other topics, invalid signatures and stale messages are looked at.', 'quillcrm-bounce' ) );
		}
		$description = '<p>' . esc_html(
			/* translators: %s: a duration (24 hours). */
			sprintf( __( 'Amazon SNS deliveries refused in the last %s (SNS does not retry a refusal, so what they carried is lost):', 'quillcrm-bounce' ), Troubleshooting::duration( self::REJECTION_WINDOW ) )
		) . '</p><ul>';
		foreach ( $counts as $code => $count ) {
			$description .= '<li><code>' . esc_html( $code ) . '</code> × ' . esc_html( number_format_i18n( $count ) ) . ': ' . esc_html( Troubleshooting::fix( $code ) ) . '</li>';
		}
		$description .= '</ul>';
		return array(
			/* translators: %s: a duration (24 hours). */
			'label'       => sprintf( __( 'Amazon SNS deliveries were refused in the last %s', 'quillcrm-bounce' ), Troubleshooting::duration( self::REJECTION_WINDOW ) ),
			'status'      => isset( $counts['raw_message_delivery'] ) ? 'critical' : 'recommended',
			'badge'       => self::badge(),
			'description' => $description,
			'actions'     => self::settings_link(),
			'test'        => $id,
			'fix'         => Troubleshooting::fix( (string) array_key_first( $counts ) ),
		);
	}

	/**
	 * Delivery notifications arrive (needed for "consecutive" soft bounces
	 * and for the rates).
	 */
	public static function test_delivery_notifications(): array {
		$id = 'quillcrm_bounce_delivery_notifications';
		if ( Rates::deliveries_on() ) {
			return self::result( $id, 'good', __( 'Amazon SES Delivery notifications are arriving', 'quillcrm-bounce' ), __( 'A successful delivery resets a contact\'s soft bounces, and the bounce and complaint rates can be estimated.', 'quillcrm-bounce' ) );
		}
		return self::result( $id, 'recommended', /* translators: %s: a duration (30 days). */ sprintf( __( 'No Amazon SES Delivery notification in the last %s', 'quillcrm-bounce' ), Troubleshooting::duration( Rates::DELIVERY_SILENCE ) ), __( 'Without them soft bounces are never reset by a successful delivery, and no bounce or complaint rate can be estimated.', 'quillcrm-bounce' ), Troubleshooting::fix( 'no_delivery_notifications' ) );
	}

	/**
	 * The tables exist and use InnoDB.
	 */
	public static function test_tables(): array {
		$id       = 'quillcrm_bounce_tables';
		$problems = array();
		$code     = 'table_not_innodb';
		foreach ( array_merge( array( Schema::contacts_table() ), Schema::own_tables() ) as $table ) {
			$engine = Schema::engine( $table );
			if ( null === $engine ) {
				/* translators: %s: table name. */
				$problems[] = sprintf( __( 'The table %s does not exist.', 'quillcrm-bounce' ), $table );
				$code       = 'table_missing';
			} elseif ( 'innodb' !== strtolower( $engine ) ) {
				/* translators: 1: table name, 2: storage engine. */
				$problems[] = sprintf( __( 'The table %1$s uses %2$s, which has no transactions.', 'quillcrm-bounce' ), $table, $engine );
			}
		}
		if ( array() === $problems ) {
			return self::result( $id, 'good', __( 'The bounce handling tables exist and use InnoDB', 'quillcrm-bounce' ), __( 'Each delivery is applied in one transaction, exactly once.', 'quillcrm-bounce' ) );
		}
		return self::result( $id, 'critical', __( 'A bounce handling table is missing or has no transactions', 'quillcrm-bounce' ), implode( ' ', $problems ), Troubleshooting::fix( $code ) );
	}

	/**
	 * The disk certificate cache, when configured, is private to the PHP user.
	 */
	public static function test_certificate_cache(): array {
		$id    = 'quillcrm_bounce_certificate_cache';
		$info  = Extension::info() ?? array();
		$dir   = (string) ( $info['cache_dir'] ?? '' );
		$state = $info['cache_dir_state'] ?? null; // The extension's own verdict, as it reads and writes there.
		if ( ! Extension::is_native() ) {
			return self::result( $id, 'good', __( 'The fallback keeps verified certificates in the site\'s database', 'quillcrm-bounce' ), __( 'Each certificate is checked in full again whenever it is read.', 'quillcrm-bounce' ) );
		}
		if ( '' === $dir ) {
			return self::result( $id, 'good', __( 'No disk certificate cache is configured', 'quillcrm-bounce' ), __( 'Each PHP process fetches the SNS signing certificate once and keeps it in memory.', 'quillcrm-bounce' ) );
		}
		if ( null === $state ) {
			return self::result(
				$id,
				'recommended',
				__( 'The extension does not say whether it uses its disk certificate cache', 'quillcrm-bounce' ),
				__( 'This build of the quillcrm_sns extension is older than the plugin and does not report its cache directory\'s state: build and install the extension of this plugin version (./build.sh install), and restart PHP.', 'quillcrm-bounce' )
			);
		}
		if ( 'private' === $state ) {
			return self::result(
				$id,
				'good',
				__( 'The disk certificate cache is private to the PHP user', 'quillcrm-bounce' ),
				/* translators: %s: directory. */
				sprintf( __( '%s is owned by the PHP user and closed to everyone else.', 'quillcrm-bounce' ), $dir )
			);
		}
		if ( 'missing' === $state ) {
			return self::result(
				$id,
				'recommended',
				__( 'The disk certificate cache does not exist yet', 'quillcrm-bounce' ),
				/* translators: %s: directory. */
				sprintf( __( 'The extension creates %s, private to the PHP user (mode 0700), when it next fetches a certificate, if the PHP user may create it there. Until then each PHP process fetches the certificate itself.', 'quillcrm-bounce' ), $dir )
			);
		}
		return self::result(
			$id,
			'recommended',
			__( 'The disk certificate cache is not private to the PHP user', 'quillcrm-bounce' ),
			/* translators: %s: directory. */
			sprintf( __( '%s is a link, is not owned by the PHP user, or is open to other users. Whoever can write there could forge bounces, so the extension does not use it.', 'quillcrm-bounce' ), $dir ),
			Troubleshooting::fix( 'cache_not_private' )
		);
	}

	/**
	 * debug_information: the plugin's section of Site Health → Info.
	 * Never the webhook key (nor the webhook URL, which carries it).
	 *
	 * @param array<string, array> $info Core's sections.
	 * @return array<string, array>
	 */
	public static function debug_information( array $info ): array {
		$ext    = Extension::info();
		$topics = Settings::accepted_topics();
		$alerts = Settings::rate_alerts();
		$states = array();
		foreach ( Subscription::all() as $topic => $entry ) {
			$states[] = $topic . ': ' . (string) ( $entry['state'] ?? '' );
		}
		$deliveries = Counters::get( Counters::DELIVERIES );
		$wrong_key  = Counters::get( Counters::WRONG_KEY );

		$info['quillcrm-bounce'] = array(
			'label'  => __( 'QuillCRM Bounce Handling', 'quillcrm-bounce' ),
			'fields' => array(
				'version'            => array(
					'label' => __( 'Plugin version', 'quillcrm-bounce' ),
					'value' => VERSION,
				),
				'database_version'   => array(
					'label' => __( 'Database version', 'quillcrm-bounce' ),
					'value' => Schema::installed_version() . ' / ' . Schema::DATABASE_VERSION,
				),
				'extension'          => array(
					'label' => __( 'Verified by', 'quillcrm-bounce' ),
					'value' => array(
						'extension' => __( 'the quillcrm_sns PHP extension', 'quillcrm-bounce' ),
						'php'       => __( 'the plain-PHP fallback', 'quillcrm-bounce' ),
						'none'      => __( 'nothing (see the Status tab)', 'quillcrm-bounce' ),
					)[ Extension::implementation() ] . ( null === $ext ? '' : ' ' . (string) $ext['version'] ),
					'debug' => Extension::implementation() . ( null === $ext ? '' : ' ' . (string) $ext['version'] ),
				),
				'test_trust'         => array(
					'label' => __( 'Test-only trust', 'quillcrm-bounce' ),
					'value' => Extension::test_trust_enabled() ? __( 'On (never in production)', 'quillcrm-bounce' ) : __( 'Off', 'quillcrm-bounce' ),
					'debug' => Extension::test_trust_enabled() ? 'on' : 'off',
				),
				'intake'             => array(
					'label' => __( 'Intake', 'quillcrm-bounce' ),
					'value' => 'sqs' === Settings::intake() ? __( 'Amazon SQS queue', 'quillcrm-bounce' ) . ' ' . Settings::queue_url() : __( 'HTTPS webhook', 'quillcrm-bounce' ),
					'debug' => Settings::intake(),
				),
				'cache_dir'          => array(
					'label' => __( 'Certificate cache directory', 'quillcrm-bounce' ),
					'value' => '' === (string) ( $ext['cache_dir'] ?? '' ) ? __( 'None', 'quillcrm-bounce' ) : (string) $ext['cache_dir'],
				),
				'accepted_topics'    => array(
					'label' => __( 'Accepted topics', 'quillcrm-bounce' ),
					'value' => null === $topics ? __( 'Unreadable', 'quillcrm-bounce' ) : ( array() === $topics ? __( 'None yet (pending)', 'quillcrm-bounce' ) : implode( ', ', $topics ) ),
				),
				'subscriptions'      => array(
					'label' => __( 'Subscriptions', 'quillcrm-bounce' ),
					'value' => array() === $states ? __( 'None', 'quillcrm-bounce' ) : implode( ', ', $states ),
				),
				'soft_threshold'     => array(
					'label' => __( 'Soft bounce threshold', 'quillcrm-bounce' ),
					'value' => Settings::soft_threshold(),
				),
				'soft_window_days'   => array(
					'label' => __( 'Soft bounce window (days, 0: none)', 'quillcrm-bounce' ),
					'value' => Settings::soft_window_days(),
				),
				'complaint_action'   => array(
					'label' => __( 'Complaint action', 'quillcrm-bounce' ),
					'value' => Settings::complaint_action(),
				),
				'signature_version'  => array(
					'label' => __( 'Lowest SignatureVersion accepted', 'quillcrm-bounce' ),
					'value' => Settings::min_signature_version(),
				),
				'log_retention_days' => array(
					'label' => __( 'Log retention (days)', 'quillcrm-bounce' ),
					'value' => Settings::log_retention_days(),
				),
				'rate_alerts'        => array(
					'label' => __( 'Rate alerts', 'quillcrm-bounce' ),
					/* translators: 1: bounce threshold, 2: complaint threshold, 3: number of sends. */
					'value' => sprintf( __( 'bounce %1$s %%, complaint %2$s %%, over the last %3$s sends', 'quillcrm-bounce' ), $alerts['bounce'], $alerts['complaint'], number_format_i18n( Settings::rate_sample() ) ),
					'debug' => sprintf( 'bounce %s%%, complaint %s%%, sample %d', $alerts['bounce'], $alerts['complaint'], Settings::rate_sample() ),
				),
				'last_delivery'      => array(
					'label' => __( 'Last Delivery notification (UTC)', 'quillcrm-bounce' ),
					'value' => null === $deliveries ? __( 'Never', 'quillcrm-bounce' ) : $deliveries['last_at'],
				),
				'wrong_key_requests' => array(
					'label' => __( 'Requests with a wrong or missing key', 'quillcrm-bounce' ),
					'value' => null === $wrong_key ? 0 : $wrong_key['count'],
				),
			),
		);
		return $info;
	}

	/**
	 * The newest notification received (a recipient event or a Delivery),
	 * Unix seconds, null when none ever.
	 */
	public static function last_notification_at(): ?int {
		$times      = array( Settings::last_notification_at() ); // Whatever the log's retention.
		$deliveries = Counters::get( Counters::DELIVERIES );
		if ( null !== $deliveries ) {
			$times[] = strtotime( $deliveries['last_at'] . ' UTC' );
		}
		$last = RecipientEvents::last_received_at();
		if ( null !== $last ) {
			$times[] = strtotime( $last . ' UTC' );
		}
		$times = array_filter( $times );
		return array() === $times ? null : (int) max( $times );
	}

	/**
	 * Actionable rejections of the last 24 hours: code => count (indexed by
	 * error_code, then received_at).
	 *
	 * @return array<string, int>
	 */
	private static function recent_rejections(): array {
		global $wpdb;
		$codes = self::ACTIONABLE_REJECTIONS;
		$rows  = $wpdb->get_results(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input; the IN list is placeholders.
				'SELECT error_code, COUNT(*) AS n FROM ' . Schema::events_table() . ' WHERE error_code IN (' . implode( ', ', array_fill( 0, count( $codes ), '%s' ) ) . ') AND received_at >= %s GROUP BY error_code',
				array_merge( $codes, array( gmdate( 'Y-m-d H:i:s', time() - self::REJECTION_WINDOW ) ) )
			),
			ARRAY_A
		);
		$found = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$found[ (string) $row['error_code'] ] = (int) $row['n'];
		}
		$counts = array();
		foreach ( $codes as $code ) {
			if ( isset( $found[ $code ] ) ) {
				$counts[ $code ] = $found[ $code ];
			}
		}
		return $counts;
	}

	/**
	 * A test result in Site Health's shape.
	 *
	 * @param string $id          Test id.
	 * @param string $status      good|recommended|critical.
	 * @param string $label       What was found.
	 * @param string $explanation Plain text.
	 * @param string $fix         Plain text ('' when nothing to do).
	 */
	private static function result( string $id, string $status, string $label, string $explanation, string $fix = '' ): array {
		$description = '<p>' . esc_html( $explanation ) . '</p>';
		if ( '' !== $fix ) {
			$description .= '<p><strong>' . esc_html__( 'Fix:', 'quillcrm-bounce' ) . '</strong> ' . esc_html( $fix ) . '</p>';
		}
		return array(
			'label'       => $label,
			'status'      => $status,
			'badge'       => self::badge(),
			'description' => $description,
			'actions'     => 'good' === $status ? '' : self::settings_link(),
			'test'        => $id,
			'fix'         => $fix,
		);
	}

	/**
	 * The badge of every test.
	 */
	private static function badge(): array {
		return array(
			'label' => __( 'Bounce handling', 'quillcrm-bounce' ),
			'color' => 'blue',
		);
	}

	/**
	 * A link to the Bounce Handling page.
	 */
	private static function settings_link(): string {
		return '<p><a href="' . esc_url( SettingsPage::url() ) . '">' . esc_html__( 'Open Bounce Handling', 'quillcrm-bounce' ) . '</a></p>';
	}
}
