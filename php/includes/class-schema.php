<?php
/**
 * Database tables: names, creation and upgrades.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Owns the tables the plugin reads and writes, and their upgrades:
 *
 * - contacts (`{prefix}quillcrm_contacts`, filterable): the CRM's contacts.
 *   Created only when missing; never altered, never dropped by this plugin.
 * - events (`{prefix}quillcrm_bounce_events`): the delivery log.
 * - dedup (`{prefix}quillcrm_bounce_dedup`): exactly-once keys.
 * - counters (`{prefix}quillcrm_bounce_counters`): named counters.
 * - contact states (`{prefix}quillcrm_bounce_contact_states`): the plugin's
 *   state of each contact.
 * - recipient events (`{prefix}quillcrm_bounce_recipient_events`): one row
 *   per recipient of each applied notification, queryable by address.
 * - audit (`{prefix}quillcrm_bounce_audit`): who reactivated a contact, when, why.
 * - suppressions (`{prefix}quillcrm_bounce_suppressions`): keyed hashes of
 *   erased addresses that were bounced or complained.
 */
final class Schema {

	/**
	 * The schema version this code needs. Each version is reached by one
	 * explicit step, run in order by upgrade(); add a step to change a table.
	 */
	public const DATABASE_VERSION = 7;

	/** Option holding the DATABASE_VERSION the site's tables match. */
	public const VERSION_OPTION = 'quillcrm_bounce_db_version';

	/**
	 * Set when a delivery found a table or column missing at the current
	 * version (schema_missing): the next admin request runs upgrade(), which
	 * repairs it (not autoloaded: only admin requests read it).
	 */
	public const REPAIR_OPTION = 'quillcrm_bounce_schema_repair';

	/** Contact statuses, as stored in the contacts table. */
	public const STATUSES = array( 'subscribed', 'unsubscribed', 'pending', 'bounced', 'complained' );

	/**
	 * The name of one of this site's named locks (GET_LOCK). MariaDB's named
	 * locks are server-wide, so two sites on one server, in two databases
	 * with the same table prefix, must not share one.
	 *
	 * @param string $purpose What the lock serializes (a short word).
	 * @param string $scope   What else tells locks of one purpose apart.
	 */
	public static function lock_name( string $purpose, string $scope = '' ): string {
		global $wpdb;
		return self::lock_name_for( DB_NAME, $wpdb->prefix, $purpose, $scope );
	}

	/**
	 * A lock name of at most 64 characters (MariaDB's limit) for $purpose
	 * of the site whose tables are in $database under $prefix.
	 *
	 * @param string $database Database name.
	 * @param string $prefix   Table prefix.
	 * @param string $purpose  What the lock serializes.
	 * @param string $scope    What else tells locks of one purpose apart.
	 */
	public static function lock_name_for( string $database, string $prefix, string $purpose, string $scope ): string {
		return substr( 'quillcrm_' . $purpose, 0, 31 ) . '_' . md5( $database . '|' . $prefix . '|' . $scope );
	}

	/**
	 * The contacts table. Filter: `quillcrm_bounce_contacts_table`.
	 */
	public static function contacts_table(): string {
		global $wpdb;
		/**
		 * Filters the name of the QuillCRM contacts table.
		 *
		 * @param string $table Full table name, prefix included.
		 */
		$table = (string) apply_filters( 'quillcrm_bounce_contacts_table', $wpdb->prefix . 'quillcrm_contacts' );
		return self::identifier( $table );
	}

	/**
	 * The delivery log table.
	 */
	public static function events_table(): string {
		global $wpdb;
		return $wpdb->prefix . 'quillcrm_bounce_events';
	}

	/**
	 * The exactly-once keys table.
	 */
	public static function dedup_table(): string {
		global $wpdb;
		return $wpdb->prefix . 'quillcrm_bounce_dedup';
	}

	/**
	 * The counters table (name, count, first and last time).
	 */
	public static function counters_table(): string {
		global $wpdb;
		return $wpdb->prefix . 'quillcrm_bounce_counters';
	}

	/**
	 * What the plugin keeps about a contact beyond the CRM's columns.
	 */
	public static function contact_states_table(): string {
		global $wpdb;
		return $wpdb->prefix . 'quillcrm_bounce_contact_states';
	}

	/**
	 * One row per recipient of each applied notification (history, rates).
	 */
	public static function recipient_events_table(): string {
		global $wpdb;
		return $wpdb->prefix . 'quillcrm_bounce_recipient_events';
	}

	/**
	 * The audit trail of reactivated contacts.
	 */
	public static function audit_table(): string {
		global $wpdb;
		return $wpdb->prefix . 'quillcrm_bounce_audit';
	}

	/**
	 * Suppression markers of erased addresses.
	 */
	public static function suppressions_table(): string {
		global $wpdb;
		return $wpdb->prefix . 'quillcrm_bounce_suppressions';
	}

	/**
	 * The plugin's own tables (dropped on uninstall; never the contacts).
	 *
	 * @return string[]
	 */
	public static function own_tables(): array {
		return array(
			self::events_table(),
			self::dedup_table(),
			self::counters_table(),
			self::contact_states_table(),
			self::recipient_events_table(),
			self::audit_table(),
			self::suppressions_table(),
		);
	}

	/**
	 * wpmu_drop_tables: a sub-site deleted from a network takes the plugin's
	 * tables with it (WordPress drops only the tables this filter lists,
	 * and uninstall.php reaches only the sites that still exist). WordPress
	 * has switched to the site being deleted, so the prefix is its own.
	 * The contacts table too, when it is one of that site's (the plugin may
	 * have created it): the addresses of a deleted site must not outlive it.
	 * A contacts table filtered to another name (shared by the network, say)
	 * stays, and so does every contacts table when the site is the main one,
	 * whose prefix is the network's own.
	 *
	 * @param string[] $tables The site's tables WordPress drops.
	 * @return string[]
	 */
	public static function drop_with_site( array $tables ): array {
		global $wpdb;
		$site_tables = self::own_tables();
		if ( $wpdb->prefix !== $wpdb->base_prefix && str_starts_with( self::contacts_table(), $wpdb->prefix ) ) {
			$site_tables[] = self::contacts_table();
		}
		foreach ( $site_tables as $table ) {
			if ( ! in_array( $table, $tables, true ) ) {
				$tables[] = $table; // Core's keys (posts => …) stay as they are.
			}
		}
		return $tables;
	}

	/**
	 * Whether the stored version is below DATABASE_VERSION (tables of a
	 * newer release, after a rollback, are left as they are: every step is
	 * additive). One autoloaded option read.
	 */
	public static function needs_upgrade(): bool {
		return self::installed_version() < self::DATABASE_VERSION;
	}

	/**
	 * Asks the next admin request to run the upgrade steps again: a table
	 * or column is missing at the current version (the repair runs there,
	 * not in the delivery that found it).
	 */
	public static function request_repair(): void {
		if ( false === get_option( self::REPAIR_OPTION, false ) ) {
			add_option( self::REPAIR_OPTION, gmdate( 'Y-m-d H:i:s' ), '', false );
		}
	}

	/**
	 * The version the site's tables are at (0: none).
	 */
	public static function installed_version(): int {
		return (int) get_option( self::VERSION_OPTION, 0 );
	}

	/**
	 * Runs every upgrade step after the installed version, in order, and
	 * again every earlier step whose tables or added columns are missing (a
	 * table dropped or lost after its step ran: activation repairs it), then
	 * the default options. Each step is idempotent; the version is recorded
	 * after each step that left its tables in place, so a failed step runs
	 * again on the next try.
	 */
	public static function upgrade(): void {
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		// Version => the step, its tables, and the columns it adds to a table an earlier step made.
		$steps = array(
			2 => array( 'create_tables', array( self::events_table(), self::dedup_table(), self::contacts_table() ), array() ),
			3 => array( 'add_counters', array( self::counters_table() ), array() ),
			4 => array( 'add_contact_states', array( self::contact_states_table() ), array() ),
			5 => array( 'add_recipient_history', array( self::recipient_events_table(), self::audit_table(), self::suppressions_table() ), array() ),
			6 => array( 'add_reactivation_state', array( self::contact_states_table() ), array( 'status_before', 'reactivated_at' ) ),
			7 => array( 'add_audit_status', array( self::audit_table() ), array( 'status_after' ) ),
		);
		$repaired = false; // A step that ran again: the later ones run too (a recreated table lacks their changes).
		foreach ( $steps as $version => list( $step, $tables, $columns ) ) {
			$done = self::installed_version() >= $version;
			if ( $done && ! $repaired && self::in_place( $tables, $columns ) ) {
				continue;
			}
			if ( ! self::$step() ) {
				break;
			}
			$repaired = $repaired || $done;
			if ( ! $done ) {
				update_option( self::VERSION_OPTION, $version, true );
			}
		}
		Settings::add_defaults();
	}

	/**
	 * Version 2: the contacts table when missing, the delivery log and the
	 * exactly-once keys (dbDelta also brings a version-1 table up to date).
	 */
	private static function create_tables(): bool {
		global $wpdb;
		$charset_collate = $wpdb->get_charset_collate();
		$events          = self::events_table();
		$dedup           = self::dedup_table();
		$contacts        = self::contacts_table();

		// The contacts table belongs to the CRM: create it only when missing,
		// so that this plugin never alters a table another QuillCRM plugin owns.
		if ( ! self::table_exists( $contacts ) ) {
			dbDelta(
				"CREATE TABLE {$contacts} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  email varchar(191) NOT NULL,
  first_name varchar(100) NOT NULL DEFAULT '',
  last_name varchar(100) NOT NULL DEFAULT '',
  status varchar(20) NOT NULL DEFAULT 'subscribed',
  soft_bounce_count int(10) unsigned NOT NULL DEFAULT 0,
  last_bounce_at datetime NULL DEFAULT NULL,
  bounced_at datetime NULL DEFAULT NULL,
  complained_at datetime NULL DEFAULT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY  (id),
  UNIQUE KEY email (email),
  KEY status (status)
) ENGINE=InnoDB {$charset_collate};"
			);
		}

		// One row per webhook delivery. Times are UTC. `recipients` is a JSON
		// list of {email, class, status, action, diagnostic, result}.
		dbDelta(
			"CREATE TABLE {$events} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  received_at datetime NOT NULL,
  http_status smallint(5) unsigned NOT NULL,
  outcome varchar(20) NOT NULL,
  error_code varchar(64) NULL DEFAULT NULL,
  sns_type varchar(40) NULL DEFAULT NULL,
  topic_arn varchar(300) NULL DEFAULT NULL,
  message_id varchar(100) NULL DEFAULT NULL,
  notification_kind varchar(40) NULL DEFAULT NULL,
  feedback_id varchar(191) NULL DEFAULT NULL,
  addresses text NULL,
  recipients longtext NULL,
  detail varchar(500) NOT NULL DEFAULT '',
  PRIMARY KEY  (id),
  KEY received_at (received_at),
  KEY message_id (message_id),
  KEY error_code (error_code)
) ENGINE=InnoDB {$charset_collate};"
		);

		// Exactly-once keys: 'msg:<SNS MessageId>',
		// 'fb:<SES feedbackId>:<address>' and 'dlv:<mail messageId>:<address>'
		// (later versions), stored as their SHA-256 so that any address length
		// fits the primary key.
		dbDelta(
			"CREATE TABLE {$dedup} (
  key_hash char(64) NOT NULL,
  dedup_key varchar(500) NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (key_hash),
  KEY created_at (created_at)
) ENGINE=InnoDB {$charset_collate};"
		);
		return self::table_exists( $events ) && self::table_exists( $dedup ) && self::table_exists( $contacts );
	}

	/**
	 * Version 3: counters (one row per name: how many, first and last time)
	 * replace the log rows of requests with a wrong key, which are removed;
	 * the old database-error drop-in goes.
	 */
	private static function add_counters(): bool {
		global $wpdb;
		$counters = self::counters_table();
		dbDelta(
			"CREATE TABLE {$counters} (
  name varchar(64) NOT NULL,
  count bigint(20) unsigned NOT NULL DEFAULT 0,
  first_at datetime NOT NULL,
  last_at datetime NOT NULL,
  PRIMARY KEY  (name)
) ENGINE=InnoDB {$wpdb->get_charset_collate()};"
		);
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
		$wpdb->query( $wpdb->prepare( 'DELETE FROM ' . self::events_table() . ' WHERE error_code = %s', 'invalid_key' ) );
		self::remove_legacy_drop_in();
		return self::table_exists( $counters );
	}

	/**
	 * Version 4: the plugin's state of each contact, beside the CRM's own
	 * table: when the mails of the counted soft bounces were sent (Unix
	 * time, comma-separated, at most the threshold of them; milliseconds
	 * since later versions, see ContactRules::in_milliseconds()), when the
	 * newest delivered mail was sent, when a delivery was last received and
	 * how many, and why the contact was bounced.
	 */
	private static function add_contact_states(): bool {
		global $wpdb;
		$states = self::contact_states_table();
		dbDelta(
			"CREATE TABLE {$states} (
  contact_id bigint(20) unsigned NOT NULL,
  soft_sent_at varchar(2000) NOT NULL DEFAULT '',
  last_delivery_sent_at bigint(20) NULL DEFAULT NULL,
  last_delivery_at datetime NULL DEFAULT NULL,
  deliveries int(10) unsigned NOT NULL DEFAULT 0,
  bounce_reason varchar(64) NULL DEFAULT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (contact_id),
  KEY last_delivery_at (last_delivery_at)
) ENGINE=InnoDB {$wpdb->get_charset_collate()};"
		);
		return self::table_exists( $states );
	}

	/**
	 * Version 6: what un-bouncing needs in the contact's state: the status
	 * it had before it was marked bounced or complained (restored), and
	 * when an admin last un-bounced it (bounces of mails sent before then
	 * no longer count; Unix milliseconds, seconds in rows written before
	 * send times were kept to the millisecond, see
	 * ContactRules::in_milliseconds()).
	 */
	private static function add_reactivation_state(): bool {
		return self::add_columns(
			self::contact_states_table(),
			array(
				'status_before'  => 'varchar(20) NULL DEFAULT NULL',
				'reactivated_at' => 'bigint(20) NULL DEFAULT NULL',
			)
		);
	}

	/**
	 * Version 7: the status an un-bounce gave the contact, in its audit row
	 * (since version 6 it is not always subscribed; rows written before
	 * have none recorded).
	 */
	private static function add_audit_status(): bool {
		return self::add_columns( self::audit_table(), array( 'status_after' => 'varchar(20) NULL DEFAULT NULL' ) );
	}

	/**
	 * Adds the columns $table lacks; whether it has them all afterwards.
	 *
	 * @param string                $table   Table name (a constant of this class).
	 * @param array<string, string> $columns Column name => definition (constants).
	 */
	private static function add_columns( string $table, array $columns ): bool {
		global $wpdb;
		foreach ( $columns as $column => $definition ) {
			if ( ! self::column_exists( $table, $column ) ) {
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, QuillCRM.Security.PreparedSql.NotPrepared -- table and column names are constants of this class.
				$wpdb->query( "ALTER TABLE {$table} ADD COLUMN {$column} {$definition}" );
			}
		}
		return array() === array_filter( array_keys( $columns ), static fn( string $column ): bool => ! self::column_exists( $table, $column ) );
	}

	/**
	 * Whether a step's tables exist and the columns it adds are in its (one) table.
	 *
	 * @param string[] $tables  Table names.
	 * @param string[] $columns Column names of $tables[0].
	 */
	private static function in_place( array $tables, array $columns ): bool {
		foreach ( $tables as $table ) {
			if ( ! self::table_exists( $table ) ) {
				return false;
			}
		}
		foreach ( $columns as $column ) {
			if ( ! self::column_exists( $tables[0], $column ) ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether $table has $column.
	 *
	 * @param string $table  Table name.
	 * @param string $column Column name.
	 */
	private static function column_exists( string $table, string $column ): bool {
		global $wpdb;
		return null !== $wpdb->get_var( $wpdb->prepare( 'SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %s AND COLUMN_NAME = %s', $table, $column ) );
	}

	/**
	 * Version 5: the facts of each recipient of each applied notification,
	 * queryable by address (history, the Bounces screen, rates, privacy
	 * requests; the log's JSON `recipients` column stays as it is), the
	 * audit trail of reactivated contacts, and the suppression markers the
	 * privacy eraser keeps.
	 *
	 * `recipient_events`: `address` is the address the event applies to,
	 * in the form its contact was saved with (or, for a bounce of someone
	 * the mail was not sent to, the reported one);
	 * `event_id` the log row (null for deliveries, which write none);
	 * `rate_kind` what the event counts as in the AWS-style rates (delivery,
	 * hard, bounce, complaint, or '' for what SES never sent) and `is_send`
	 * whether it is a send (a delivery or a bounce of a mail SES sent).
	 */
	private static function add_recipient_history(): bool {
		global $wpdb;
		$charset_collate = $wpdb->get_charset_collate();
		$events          = self::recipient_events_table();
		$audit           = self::audit_table();
		$suppressions    = self::suppressions_table();
		dbDelta(
			"CREATE TABLE {$events} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  event_id bigint(20) unsigned NULL DEFAULT NULL,
  received_at datetime NOT NULL,
  sent_at datetime NULL DEFAULT NULL,
  address varchar(320) NOT NULL,
  contact_id bigint(20) unsigned NULL DEFAULT NULL,
  class varchar(20) NOT NULL,
  effect varchar(20) NOT NULL,
  reason varchar(64) NULL DEFAULT NULL,
  feedback_type varchar(64) NULL DEFAULT NULL,
  status varchar(32) NULL DEFAULT NULL,
  diagnostic text NULL,
  result varchar(32) NOT NULL,
  topic_arn varchar(300) NULL DEFAULT NULL,
  message_id varchar(100) NULL DEFAULT NULL,
  rate_kind varchar(10) NOT NULL DEFAULT '',
  is_send tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (id),
  KEY address (address(191)),
  KEY contact_id (contact_id,id),
  KEY received_at (received_at),
  KEY is_send (is_send,id),
  KEY event_id (event_id)
) ENGINE=InnoDB {$charset_collate};"
		);
		dbDelta(
			"CREATE TABLE {$audit} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  contact_id bigint(20) unsigned NOT NULL,
  address varchar(320) NOT NULL,
  action varchar(20) NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  user_login varchar(60) NOT NULL DEFAULT '',
  previous_status varchar(20) NOT NULL,
  previous_reason varchar(64) NULL DEFAULT NULL,
  previous_soft_count int(10) unsigned NOT NULL DEFAULT 0,
  note text NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY address (address(191)),
  KEY contact_id (contact_id)
) ENGINE=InnoDB {$charset_collate};"
		);
		dbDelta(
			"CREATE TABLE {$suppressions} (
  address_hash char(64) NOT NULL,
  status varchar(20) NOT NULL,
  reason varchar(64) NULL DEFAULT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (address_hash)
) ENGINE=InnoDB {$charset_collate};"
		);
		return self::table_exists( $events ) && self::table_exists( $audit ) && self::table_exists( $suppressions );
	}

	/**
	 * Versions before 3 installed wp-content/db-error.php (a JSON 503 while
	 * the database is down). SNS retries WordPress's own 500 as well, so it
	 * is gone: removed here when it is the one this plugin wrote (it carries
	 * its marker), never a site's own.
	 */
	public static function remove_legacy_drop_in(): void {
		$drop_in = WP_CONTENT_DIR . '/db-error.php';
		if ( is_file( $drop_in ) && str_contains( (string) file_get_contents( $drop_in, false, null, 0, 4096 ), 'quillcrm-bounce-drop-in-version:' ) ) {
			wp_delete_file( $drop_in );
		}
	}

	/**
	 * Drops the plugin's own tables (uninstall). Never the contacts table.
	 */
	public static function drop_own_tables(): void {
		global $wpdb;
		foreach ( self::own_tables() as $table ) {
			// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, QuillCRM.Security.PreparedSql.NotPrepared -- the plugin's own table names, not user input.
			$wpdb->query( 'DROP TABLE IF EXISTS ' . $table );
		}
	}

	/**
	 * Whether a table exists in the site's database.
	 *
	 * @param string $table Full table name.
	 */
	public static function table_exists( string $table ): bool {
		global $wpdb;
		$found = $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $table ) ) );
		return $found === $table;
	}

	/**
	 * The storage engine of a table ('InnoDB', 'MyISAM', …), null when unknown.
	 * Exactly-once and rollback need InnoDB for all three tables.
	 *
	 * @param string $table Full table name.
	 */
	public static function engine( string $table ): ?string {
		global $wpdb;
		$engine = $wpdb->get_var(
			$wpdb->prepare(
				'SELECT ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %s',
				$table
			)
		);
		return is_string( $engine ) ? $engine : null;
	}

	/**
	 * Keeps only characters valid in an unquoted MySQL identifier, so a
	 * filtered table name can never inject SQL.
	 *
	 * @param string $name Table name.
	 */
	private static function identifier( string $name ): string {
		return (string) preg_replace( '/[^A-Za-z0-9_$]/', '', $name );
	}
}
