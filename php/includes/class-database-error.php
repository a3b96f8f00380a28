<?php
/**
 * A failed database statement during a webhook delivery or a queue run.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Thrown by the transactional code when $wpdb reports an error, so that the
 * delivery is rolled back and answered 503 (SNS retries it).
 */
final class DatabaseError extends \RuntimeException {

	/** MySQL/MariaDB: ER_DUP_ENTRY. */
	public const DUPLICATE_ENTRY = 1062;

	/** MySQL/MariaDB: ER_NO_SUCH_TABLE. */
	public const NO_SUCH_TABLE = 1146;

	/** MySQL/MariaDB: ER_BAD_FIELD_ERROR ("Unknown column"). */
	public const NO_SUCH_COLUMN = 1054;

	/** MySQL/MariaDB: ER_LOCK_WAIT_TIMEOUT. */
	public const LOCK_WAIT_TIMEOUT = 1205;

	/** MySQL/MariaDB: ER_LOCK_DEADLOCK. */
	public const DEADLOCK = 1213;

	/**
	 * MySQL/MariaDB: ER_BINLOG_STMT_MODE_AND_ROW_ENGINE, a write under READ
	 * COMMITTED on a server that writes a statement-based binary log.
	 */
	public const BINLOG_NEEDS_REPEATABLE_READ = 1665;

	/** Every filter wp_die() picks its handler from. */
	private const WP_DIE_HANDLER_FILTERS = array( 'wp_die_handler', 'wp_die_ajax_handler', 'wp_die_json_handler', 'wp_die_jsonp_handler', 'wp_die_xml_handler', 'wp_die_xmlrpc_handler' );

	/**
	 * For the rest of this request (a webhook delivery or a queue run) a
	 * failing database is answered by the caller, never printed: $wpdb
	 * prints no error, retries a lost connection once, not five times one
	 * second apart (Transaction::run() allows no reconnect inside a
	 * transaction), and when it gives up it calls dead_db(), whose wp_die()
	 * goes to the handler $handler_filter returns.
	 *
	 * @param callable $handler_filter A wp_die_handler filter callback.
	 * @return callable Puts $wpdb and wp_die() back as they were (for a run
	 *                  that shares its request with others, as WP-Cron's).
	 */
	public static function answer_wpdb_failures_with( callable $handler_filter ): callable {
		global $wpdb;
		$suppressed = $wpdb->suppress_errors( true );
		$shown      = $wpdb->hide_errors();
		$retries    = $wpdb->reconnect_retries;
		$wpdb->reconnect_retries = 1;
		foreach ( self::WP_DIE_HANDLER_FILTERS as $filter ) {
			add_filter( $filter, $handler_filter, PHP_INT_MAX );
		}
		return static function () use ( $handler_filter, $suppressed, $shown, $retries ): void {
			global $wpdb;
			foreach ( self::WP_DIE_HANDLER_FILTERS as $filter ) {
				remove_filter( $filter, $handler_filter, PHP_INT_MAX );
			}
			$wpdb->suppress_errors( $suppressed );
			$wpdb->show_errors( $shown );
			$wpdb->reconnect_retries = $retries;
		};
	}

	/**
	 * Builds the error from the state $wpdb was left in by the failed call.
	 *
	 * @param string $what What the code was doing, for the PHP error log.
	 */
	public static function from_wpdb( string $what ): self {
		global $wpdb;
		$message = '' !== (string) $wpdb->last_error ? (string) $wpdb->last_error : 'no error text (connection lost or value rejected by wpdb)';
		return new self( $what . ': ' . $message, self::last_errno() );
	}

	/**
	 * The server's error number for the last statement, 0 when unknown.
	 */
	public static function last_errno(): int {
		global $wpdb;
		$dbh = $wpdb->dbh ?? null;
		if ( $dbh instanceof \mysqli ) {
			return (int) mysqli_errno( $dbh );
		}
		return 0;
	}

	/**
	 * True for a unique-key violation of the last statement.
	 */
	public static function last_was_duplicate_entry(): bool {
		global $wpdb;
		return self::DUPLICATE_ENTRY === self::last_errno()
			|| str_starts_with( (string) $wpdb->last_error, 'Duplicate entry' );
	}

	/**
	 * True when a table or column the statement needs does not exist (the
	 * schema upgrade has not run yet, or a table went missing).
	 */
	public function is_missing_table(): bool {
		// A column a later schema version adds counts too (an upgrade not run yet).
		return in_array( $this->getCode(), array( self::NO_SUCH_TABLE, self::NO_SUCH_COLUMN ), true );
	}

	/**
	 * True when the whole transaction may simply be run again (deadlock or
	 * lock wait timeout between concurrent deliveries).
	 */
	public function is_lock_conflict(): bool {
		return in_array( $this->getCode(), array( self::DEADLOCK, self::LOCK_WAIT_TIMEOUT ), true );
	}

	/**
	 * True when the server refused the transaction's isolation level (its
	 * binary log is statement-based): the transaction must run again under
	 * the server's default.
	 */
	public function is_isolation_refused(): bool {
		return self::BINLOG_NEEDS_REPEATABLE_READ === $this->getCode();
	}
}
