<?php
/**
 * One database transaction on $wpdb's connection.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * START TRANSACTION / COMMIT / ROLLBACK through $wpdb->query(), with every
 * failure turned into DatabaseError. The tables are InnoDB.
 *
 * One transaction must stay on one connection. wpdb::query() reconnects when
 * the server has gone away (errno 2006) and runs the statement again on the
 * new connection, in autocommit mode: the statements after it would then be
 * committed one by one without the exactly-once claim the lost connection
 * held, and a COMMIT on the new connection would report success for nothing.
 * So inside a transaction `$wpdb->reconnect_retries` is 0 (a lost connection
 * fails the statement; wpdb then calls dead_db(), which the webhook answers
 * with its JSON 503), and the connection's thread id is compared at START
 * TRANSACTION and right before COMMIT: a different connection means the work
 * was not done in this transaction, so it is rolled back and reported as a
 * DatabaseError (503, SNS retries).
 *
 * Each transaction runs under READ COMMITTED. Under InnoDB's default,
 * REPEATABLE READ, the contact's `SELECT … FOR UPDATE` also locks the gap
 * where a missing state row would go, so deliveries for unrelated contacts
 * whose state rows fall in one gap wait for each other and deadlock when
 * both insert (measured under 32 concurrent deliveries: bench/README.md).
 * Exactly-once does not need gap locks: the unique keys claimed first and
 * the contact's row lock serialize everything that writes one contact.
 * A server with a statement-based binary log refuses writes under READ
 * COMMITTED (error 1665): there the transaction runs again, and every later
 * one in this process, under the server's default.
 */
final class Transaction {

	/** Attempts of a transaction that lost a deadlock or a lock wait. */
	public const ATTEMPTS = 3;

	/** Whether this server accepts READ COMMITTED writes (known after a refusal). */
	private static bool $read_committed = true;

	/**
	 * Runs $work inside a transaction and commits it. On DatabaseError the
	 * transaction is rolled back; a deadlock or lock wait timeout is retried
	 * (ATTEMPTS in all), anything else is rethrown.
	 *
	 * @template T
	 * @param callable(): T $work Does the writes; throws DatabaseError on failure.
	 * @return T What $work returned.
	 * @throws DatabaseError When the work or the commit fails, or the connection changed.
	 * @throws \Throwable    Anything else $work throws, after a rollback.
	 */
	public static function run( callable $work ) {
		global $wpdb;
		$retries = $wpdb->reconnect_retries;
		for ( $attempt = 1; ; $attempt++ ) {
			// These may reconnect: nothing was done before them. SET
			// TRANSACTION applies to the next transaction only.
			if ( self::$read_committed ) {
				self::query( 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED' );
			}
			self::query( 'START TRANSACTION' );
			$thread_id = self::thread_id();
			// From here on, a lost connection fails instead of reconnecting.
			$wpdb->reconnect_retries = 0;
			try {
				$value = $work();
				if ( null === $thread_id || self::thread_id() !== $thread_id ) {
					throw new DatabaseError( 'the database connection changed inside the transaction; its statements were not applied together' );
				}
				self::query( 'COMMIT' );
				$wpdb->reconnect_retries = $retries;
				return $value;
			} catch ( DatabaseError $error ) {
				$wpdb->reconnect_retries = $retries;
				self::rollback();
				if ( $error->is_isolation_refused() && self::$read_committed ) {
					self::$read_committed = false;
					--$attempt; // Not a lost race: the same attempt again.
					continue;
				}
				if ( $error->is_lock_conflict() && $attempt < self::ATTEMPTS ) {
					usleep( random_int( 5000, 50000 ) );
					continue;
				}
				throw $error;
			} catch ( \Throwable $error ) {
				$wpdb->reconnect_retries = $retries;
				self::rollback();
				throw $error;
			}
		}
	}

	/**
	 * Rolls back; errors are ignored (the connection may be gone, in which
	 * case the server has rolled back already).
	 */
	public static function rollback(): void {
		global $wpdb;
		$wpdb->query( 'ROLLBACK' );
	}

	/**
	 * The server's id of $wpdb's current connection, null when there is none.
	 */
	private static function thread_id(): ?int {
		global $wpdb;
		$dbh = $wpdb->dbh ?? null;
		if ( ! $dbh instanceof \mysqli ) {
			return null;
		}
		try {
			$id = mysqli_thread_id( $dbh );
		} catch ( \Error $closed ) {
			return null; // A closed mysqli object.
		}
		return is_int( $id ) && $id > 0 ? $id : null;
	}

	/**
	 * Runs a statement without parameters.
	 *
	 * @param string $sql SET TRANSACTION, START TRANSACTION or COMMIT.
	 * @throws DatabaseError When it fails.
	 */
	private static function query( string $sql ): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, QuillCRM.Security.PreparedSql.NotPrepared -- constant statements.
		if ( false === $wpdb->query( $sql ) ) {
			throw DatabaseError::from_wpdb( $sql );
		}
	}
}
