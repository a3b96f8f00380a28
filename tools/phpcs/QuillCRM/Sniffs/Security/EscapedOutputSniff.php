<?php
/**
 * Output must be escaped: everything echo, print, <?=, printf(), vprintf(),
 * _e(), _ex() and exit()/die() send to the browser is built only from
 * literals, constants, numbers and calls of escaping functions
 * (esc_html(), esc_attr(), esc_url(), wp_kses*(), absint(), ...).
 *
 * Error code: QuillCRM.Security.EscapedOutput.OutputNotEscaped
 */

namespace QuillCRM\Sniffs\Security;

use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;
use PHP_CodeSniffer\Util\Tokens;

require_once __DIR__ . '/ExpressionSafety.php';

final class EscapedOutputSniff implements Sniff {

	/** Functions whose result is safe to print in HTML (lower case). */
	public const ESCAPING = array(
		'esc_html', 'esc_attr', 'esc_url', 'esc_js', 'esc_textarea', 'esc_xml', 'esc_sql',
		'esc_html__', 'esc_attr__', 'esc_html_x', 'esc_attr_x',
		'wp_kses', 'wp_kses_post', 'wp_kses_data', 'wp_kses_one_attr',
		'absint', 'intval', 'floatval', 'boolval', 'count', 'number_format', 'number_format_i18n',
		'htmlspecialchars', 'htmlentities', 'sanitize_html_class', 'tag_escape', 'wp_nonce_field',
		'checked', 'selected', 'disabled', 'readonly', 'get_submit_button',
	);

	/** Extra escaping functions, from the ruleset (comma-separated). */
	public $customEscapingFunctions = '';

	/** Printing functions: the format (first) argument and every other one must be safe. */
	private const PRINTERS = array( 'printf', 'vprintf', '_e', '_ex', 'print_r', 'var_dump', 'var_export' );

	public function register(): array {
		return array( T_ECHO, T_PRINT, T_OPEN_TAG_WITH_ECHO, T_EXIT, T_STRING );
	}

	public function process( File $file, $ptr ) {
		$tokens = $file->getTokens();
		$code   = $tokens[ $ptr ]['code'];

		if ( T_STRING === $code ) {
			$name = strtolower( $tokens[ $ptr ]['content'] );
			if ( ! in_array( $name, self::PRINTERS, true ) || ! $this->is_function_call( $file, $ptr ) ) {
				return;
			}
			$open = $file->findNext( Tokens::$emptyTokens, $ptr + 1, null, true );
			$args = ExpressionSafety::arguments( $file, $open );
			if ( in_array( $name, array( 'print_r', 'var_export' ), true ) && count( $args ) > 1 ) {
				return; // Returns instead of printing.
			}
			if ( in_array( $name, array( '_e', '_ex' ), true ) ) {
				$file->addError( '%s() prints a translation unescaped; use esc_html_e() / esc_attr_e() or echo esc_html__()', $ptr, 'OutputNotEscaped', array( $name ) );
				return;
			}
			foreach ( $args as $arg ) {
				$this->check( $file, $arg[0], $arg[1], $name . '()' );
			}
			return;
		}

		if ( T_EXIT === $code ) {
			$open = $file->findNext( Tokens::$emptyTokens, $ptr + 1, null, true );
			if ( false === $open || T_OPEN_PARENTHESIS !== $tokens[ $open ]['code'] ) {
				return;
			}
			foreach ( ExpressionSafety::arguments( $file, $open ) as $arg ) {
				$this->check( $file, $arg[0], $arg[1], $tokens[ $ptr ]['content'] . '()' );
			}
			return;
		}

		// echo a, b;  print a;  and the short echo tag.
		$end = $file->findNext( array( T_SEMICOLON, T_CLOSE_TAG ), $ptr + 1 );
		if ( false === $end ) {
			return;
		}
		$start = $ptr + 1;
		for ( $i = $ptr + 1; $i < $end; $i++ ) {
			if ( isset( $tokens[ $i ]['parenthesis_closer'] ) && T_OPEN_PARENTHESIS === $tokens[ $i ]['code'] ) {
				$i = $tokens[ $i ]['parenthesis_closer'];
				continue;
			}
			if ( isset( $tokens[ $i ]['bracket_closer'] ) ) {
				$i = $tokens[ $i ]['bracket_closer'];
				continue;
			}
			if ( T_COMMA === $tokens[ $i ]['code'] && T_PRINT !== $code ) {
				$this->check( $file, $start, $i - 1, $tokens[ $ptr ]['content'] );
				$start = $i + 1;
			}
		}
		$this->check( $file, $start, $end - 1, trim( $tokens[ $ptr ]['content'] ) );
	}

	private function check( File $file, int $start, int $end, string $what ): void {
		// cond ? a : b prints a or b, never cond.
		$tokens = $file->getTokens();
		for ( $i = $start; $i <= $end; $i++ ) {
			if ( isset( $tokens[ $i ]['parenthesis_closer'] ) && T_OPEN_PARENTHESIS === $tokens[ $i ]['code'] ) {
				$i = $tokens[ $i ]['parenthesis_closer'];
				continue;
			}
			if ( T_INLINE_THEN === $tokens[ $i ]['code'] ) {
				$else = $file->findNext( T_INLINE_ELSE, $i + 1, $end + 1 );
				if ( false === $else ) {
					$this->check( $file, $start, $i - 1, $what ); // cond ?: b prints cond.
					$this->check( $file, $i + 1, $end, $what );
					return;
				}
				$this->check( $file, $i + 1, $else - 1, $what );
				$this->check( $file, $else + 1, $end, $what );
				return;
			}
		}
		$unsafe = ExpressionSafety::first_unsafe(
			$file,
			$start,
			$end,
			function ( File $file, int $name ): ?int {
				$tokens = $file->getTokens();
				if ( ! in_array( strtolower( $tokens[ $name ]['content'] ), $this->escaping(), true ) || ! $this->is_function_call( $file, $name ) ) {
					return null;
				}
				$open = $file->findNext( Tokens::$emptyTokens, $name + 1, null, true );
				return $tokens[ $open ]['parenthesis_closer'] ?? null;
			},
			static fn( File $file, int $i ): ?int => null
		);
		if ( null !== $unsafe ) {
			$file->addError(
				'Output not escaped: %s prints "%s"; wrap it in esc_html(), esc_attr(), esc_url(), wp_kses_post() or similar',
				$unsafe,
				'OutputNotEscaped',
				array( $what, $file->getTokens()[ $unsafe ]['content'] )
			);
		}
	}

	/** @return list<string> */
	private function escaping(): array {
		$custom = array_filter( array_map( 'trim', explode( ',', strtolower( (string) $this->customEscapingFunctions ) ) ) );
		return array_merge( self::ESCAPING, $custom );
	}

	/** A call of a global function (not a method, not a declaration). */
	private function is_function_call( File $file, int $ptr ): bool {
		$tokens = $file->getTokens();
		$next   = $file->findNext( Tokens::$emptyTokens, $ptr + 1, null, true );
		if ( false === $next || T_OPEN_PARENTHESIS !== $tokens[ $next ]['code'] ) {
			return false;
		}
		$prev = $file->findPrevious( Tokens::$emptyTokens, $ptr - 1, null, true );
		return false === $prev || ! in_array( $tokens[ $prev ]['code'], array( T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, T_DOUBLE_COLON, T_FUNCTION, T_NEW ), true );
	}
}
