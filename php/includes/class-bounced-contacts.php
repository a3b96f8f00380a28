<?php
/**
 * The contacts the Bounces screen and its CSV export list.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Contacts that are bounced, complained or have soft bounces, with the
 * plugin's state of them and their last bounce or complaint, filtered by
 * status and searched by address. Queries only: the screen pages with
 * LIMIT/OFFSET, the export walks the ids (keyset), so neither holds more
 * than one page in memory.
 */
final class BouncedContacts {

	/** Status filters: slug => the condition on the contact. */
	public const FILTERS = array( 'bounced', 'complained', 'soft' );

	/**
	 * Reads the filters of a request (status, search), sanitized.
	 *
	 * @param array<string, mixed> $input $_GET (unslashed by the caller).
	 * @return array{status: string, search: string}
	 */
	public static function filters( array $input ): array {
		// A value that is not a string (status[]=…) is no filter.
		$status = is_string( $input['status'] ?? null ) ? sanitize_key( $input['status'] ) : '';
		return array(
			'status' => in_array( $status, self::FILTERS, true ) ? $status : '',
			'search' => is_string( $input['s'] ?? null ) ? trim( sanitize_text_field( $input['s'] ) ) : '',
		);
	}

	/**
	 * How many contacts match.
	 *
	 * @param array{status: string, search: string} $filters From filters().
	 */
	public static function count( array $filters ): int {
		global $wpdb;
		list( $where, $args ) = self::where( $filters );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name sanitized in Schema; $where is placeholders and constant SQL.
		$sql = 'SELECT COUNT(*) FROM ' . Schema::contacts_table() . " c WHERE {$where}";
		return (int) $wpdb->get_var( array() === $args ? $sql : $wpdb->prepare( $sql, $args ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, QuillCRM.Security.PreparedSql.NotPrepared -- prepared when it has placeholders; otherwise constant SQL.
	}

	/**
	 * How many contacts each status filter has (for the views).
	 *
	 * @param string $search The search, '' for none.
	 * @return array<string, int> '' (all) and each of FILTERS.
	 */
	public static function counts( string $search ): array {
		$counts = array( '' => self::count( array( 'status' => '', 'search' => $search ) ) );
		foreach ( self::FILTERS as $status ) {
			$counts[ $status ] = self::count(
				array(
					'status' => $status,
					'search' => $search,
				)
			);
		}
		return $counts;
	}

	/**
	 * One page, newest bounce first.
	 *
	 * @param array{status: string, search: string} $filters From filters().
	 * @param int                                   $limit   Rows.
	 * @param int                                   $offset  Rows skipped.
	 * @return array<int, array<string, mixed>>
	 */
	public static function page( array $filters, int $limit, int $offset ): array {
		global $wpdb;
		list( $where, $args ) = self::where( $filters );
		$args[]               = $limit;
		$args[]               = $offset;
		$rows                 = $wpdb->get_results(
			// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, QuillCRM.Security.PreparedSql.NotPrepared -- select() is constant SQL around sanitized table names; $where is placeholders.
			$wpdb->prepare( self::select() . " WHERE {$where} ORDER BY c.updated_at DESC, c.id DESC LIMIT %d OFFSET %d", $args ),
			ARRAY_A
		);
		return is_array( $rows ) ? $rows : array();
	}

	/**
	 * The next rows after a contact id, in id order (the export's keyset walk).
	 *
	 * @param array{status: string, search: string} $filters  From filters().
	 * @param int                                   $after_id Last id of the previous batch (0 first).
	 * @param int                                   $limit    Rows.
	 * @return array<int, array<string, mixed>>
	 */
	public static function batch( array $filters, int $after_id, int $limit ): array {
		global $wpdb;
		list( $where, $args ) = self::where( $filters );
		$args[]               = $after_id;
		$args[]               = $limit;
		$rows                 = $wpdb->get_results(
			// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, QuillCRM.Security.PreparedSql.NotPrepared -- select() is constant SQL around sanitized table names; $where is placeholders.
			$wpdb->prepare( self::select() . " WHERE {$where} AND c.id > %d ORDER BY c.id LIMIT %d", $args ),
			ARRAY_A
		);
		return is_array( $rows ) ? $rows : array();
	}

	/**
	 * One contact with the same columns, or null.
	 *
	 * @param int $id Contact id.
	 * @return array<string, mixed>|null
	 */
	public static function find( int $id ): ?array {
		global $wpdb;
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, QuillCRM.Security.PreparedSql.NotPrepared -- select() is constant SQL around sanitized table names.
		$row = $wpdb->get_row( $wpdb->prepare( self::select() . ' WHERE c.id = %d', $id ), ARRAY_A );
		return is_array( $row ) ? $row : null;
	}

	/**
	 * A contact's status as the screens show it: translated for the
	 * statuses QuillCRM defines, as stored for any other.
	 *
	 * @param string $status A contact status.
	 */
	public static function status_label( string $status ): string {
		switch ( $status ) {
			case 'subscribed':
				return _x( 'subscribed', 'contact status', 'quillcrm-bounce' );
			case 'unsubscribed':
				return _x( 'unsubscribed', 'contact status', 'quillcrm-bounce' );
			case 'pending':
				return _x( 'pending', 'contact status', 'quillcrm-bounce' );
			case 'bounced':
				return _x( 'bounced', 'contact status', 'quillcrm-bounce' );
			case 'complained':
				return _x( 'complained', 'contact status', 'quillcrm-bounce' );
		}
		return $status;
	}

	/**
	 * Whether a contact can be reactivated (bounced, complained, or with
	 * counted soft bounces).
	 *
	 * @param array<string, mixed> $contact From find().
	 */
	public static function can_reactivate( array $contact ): bool {
		return in_array( $contact['status'], ContactRules::SUPPRESSED, true ) || (int) $contact['soft_bounce_count'] > 0;
	}

	/**
	 * The SES type and subtype of an event row, for display.
	 *
	 * @param array<string, mixed> $event A recipient event (or the last_* columns of a contact row, unprefixed).
	 * @return array{0: string, 1: string}
	 */
	public static function type_and_subtype( array $event ): array {
		$reason = (string) ( $event['reason'] ?? '' );
		if ( 'delivery' === $event['class'] ) {
			return array( 'Delivery', '' );
		}
		if ( 'complaint' === $event['class'] && ( '' === $reason || ! str_contains( $reason, '/' ) ) ) {
			return array( 'Complaint', (string) ( $event['feedback_type'] ?? '' ) );
		}
		$parts = explode( '/', $reason, 2 );
		return array( $parts[0], $parts[1] ?? '' );
	}

	/**
	 * The last event's columns of a contact row, unprefixed (null when none).
	 *
	 * @param array<string, mixed> $contact A row of page(), batch() or find().
	 * @return array<string, mixed>|null
	 */
	public static function last_event( array $contact ): ?array {
		if ( null === $contact['last_id'] ) {
			return null;
		}
		$event = array();
		foreach ( array( 'id', 'class', 'reason', 'feedback_type', 'status', 'diagnostic', 'received_at', 'topic_arn', 'result' ) as $column ) {
			$event[ $column ] = $contact[ 'last_' . $column ];
		}
		return $event;
	}

	/**
	 * The SELECT of every query: the contact, its state, and its last
	 * bounce or complaint (the index on contact_id, id).
	 */
	private static function select(): string {
		$events = Schema::recipient_events_table();
		return 'SELECT c.id, c.email, c.status, c.soft_bounce_count, c.last_bounce_at, c.bounced_at, c.complained_at, c.updated_at, s.bounce_reason, s.status_before, s.deliveries, s.last_delivery_at,'
			. ' e.id AS last_id, e.class AS last_class, e.reason AS last_reason, e.feedback_type AS last_feedback_type, e.status AS last_status, e.diagnostic AS last_diagnostic, e.received_at AS last_received_at, e.topic_arn AS last_topic_arn, e.result AS last_result,'
			. " (SELECT COUNT(*) FROM {$events} n WHERE n.contact_id = c.id AND n.class <> 'delivery') AS events"
			. ' FROM ' . Schema::contacts_table() . ' c'
			. ' LEFT JOIN ' . Schema::contact_states_table() . ' s ON s.contact_id = c.id'
			. " LEFT JOIN {$events} e ON e.id = (SELECT MAX(l.id) FROM {$events} l WHERE l.contact_id = c.id AND l.class <> 'delivery')";
	}

	/**
	 * The WHERE clause of the filters, with its placeholder values.
	 *
	 * @param array{status: string, search: string} $filters From filters().
	 * @return array{0: string, 1: array<int, string>}
	 */
	private static function where( array $filters ): array {
		global $wpdb;
		// A complaint unsubscribes instead of marking complained when the
		// site's complaint action says so; complained_at tells it apart.
		$complained = "(c.status = 'complained' OR (c.status = 'unsubscribed' AND c.complained_at IS NOT NULL))";
		switch ( $filters['status'] ) {
			case 'bounced':
				$where = "c.status = 'bounced'";
				break;
			case 'complained':
				$where = $complained;
				break;
			case 'soft':
				$where = "c.status NOT IN ('bounced', 'complained') AND c.soft_bounce_count > 0";
				break;
			default:
				$where = "(c.status = 'bounced' OR {$complained} OR c.soft_bounce_count > 0)";
		}
		$args = array();
		if ( '' !== $filters['search'] ) {
			$where .= ' AND c.email LIKE %s';
			$args[] = '%' . $wpdb->esc_like( $filters['search'] ) . '%';
		}
		return array( $where, $args );
	}
}
