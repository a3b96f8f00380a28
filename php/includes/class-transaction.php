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
 */
final class Transaction {

	/** Attempts of a transaction that lost a deadlock or a lock wait. */
	public const ATTEMPTS = 3;

	/**
	 * Runs $work inside a transaction and commits it. On DatabaseError the
	 * transaction is rolled back; a deadlock or lock wait timeout is retried
	 * (ATTEMPTS in all), anything else is rethrown.
	 *
	 * @template T
	 * @param callable(): T $work Does the writes; throws DatabaseError on failure.
	 * @return T What $work returned.
	 * @throws DatabaseError When the work or the commit fails.
	 * @throws \Throwable    Anything else $work throws, after a rollback.
	 */
	public static function run( callable $work ) {
		for ( $attempt = 1; ; $attempt++ ) {
			self::query( 'START TRANSACTION' );
			try {
				$value = $work();
				self::query( 'COMMIT' );
				return $value;
			} catch ( DatabaseError $error ) {
				self::rollback();
				if ( $error->is_lock_conflict() && $attempt < self::ATTEMPTS ) {
					usleep( random_int( 5000, 50000 ) );
					continue;
				}
				throw $error;
			} catch ( \Throwable $error ) {
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
	 * Runs a statement without parameters.
	 *
	 * @param string $sql START TRANSACTION or COMMIT.
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
